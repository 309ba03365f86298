/**
 * The shape of src/ as src/README.md draws it: its layers in order, each
 * importing only those listed before it; no import circle between files;
 * `astro:*` only in the data layer and the render layers; every folder's rule
 * at its top; and the size limits a reader can scroll (400 lines a file, 100
 * a function, 30 a route's frontmatter, 15 files a folder).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT } from './helpers/build.ts';

const SRC = join(PROJECT, 'src');
const TOC = readFileSync(join(SRC, 'README.md'), 'utf8');

/** The layers, bottom first, with their rules, as src/README.md lists them. */
const LAYERS = [...TOC.matchAll(/^\d+\. `([\w-]+)\/`: (.+)$/gm)].map((m) => ({ folder: m[1] as string, rule: m[2] as string }));
const rankOf = (folder: string) => LAYERS.findIndex((l) => l.folder === folder);
/** content/'s own order, bottom first; its other files sit between bodies/ and validate/. */
const CONTENT_ORDER = ['limits.ts', 'report', 'read', 'fields', 'bodies', '*', 'validate'];
const RENDER = new Set(['data', 'components', 'layouts', 'routes']);

const files = readdirSync(SRC, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile())
  .map((d) => join(d.parentPath, d.name));
const code = files.filter((f) => /\.(ts|astro)$/.test(f) && !f.endsWith('.d.ts'));
const shown = (path: string) => relative(PROJECT, path);

interface Reference {
  target: string;
  /** A `new URL('./x.ts', import.meta.url)`: a worker or a script started as a process, not an import. */
  byUrl: boolean;
  astro: boolean;
}

/** The script of a file: a .ts file whole, an .astro file's frontmatter. */
function scriptOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  return /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
}

/** The files a source file refers to, and whether it imports Astro's virtual modules. */
function referencesOf(file: string): Reference[] {
  const source = ts.createSourceFile(file, scriptOf(file), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Reference[] = [];
  const add = (specifier: string, byUrl: boolean) => {
    if (specifier.startsWith('astro:')) found.push({ target: specifier, byUrl, astro: true });
    else if (specifier.startsWith('.')) found.push({ target: resolve(dirname(file), specifier), byUrl, astro: false });
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, false);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0] as ts.Node)) {
      add((node.arguments[0] as ts.StringLiteral).text, false);
    } else if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'URL' &&
      node.arguments?.[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      const target = node.arguments[0].text;
      if (/\.\w+$/.test(target)) add(target, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const references = new Map(code.map((file) => [file, referencesOf(file)]));

/** Where a file sits: its layer's rank, and within content/, its place in content's own order. */
function placeOf(file: string): { rank: number; inner: number } {
  const [top = '', second = ''] = relative(SRC, file).split('/');
  const rank = rankOf(top);
  if (top !== 'content') return { rank, inner: 0 };
  const inner = CONTENT_ORDER.indexOf(second);
  return { rank, inner: inner === -1 ? CONTENT_ORDER.indexOf('*') : inner };
}

describe('src/', () => {
  it('has a layer in src/README.md for each of its folders, each with its rule at the top of its README', () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(LAYERS.map((l) => l.folder).sort()).toEqual(folders.sort());
    for (const { folder, rule } of LAYERS) {
      const readme = join(SRC, folder, 'README.md');
      expect(existsSync(readme), shown(readme)).toBe(true);
      expect(readFileSync(readme, 'utf8').split('\n')[0], shown(readme)).toBe(rule);
    }
  });

  it('imports only from the layers before its own (within content/, in its own order too)', () => {
    const upward: string[] = [];
    for (const [file, refs] of references) {
      const from = relative(SRC, file).split('/');
      if (from.length === 1) continue; // content.config.ts: Astro's entry, above every layer
      const here = placeOf(file);
      for (const ref of refs) {
        if (ref.astro) continue;
        const there = placeOf(ref.target);
        const above = there.rank > here.rank || (there.rank === here.rank && from[0] === 'content' && there.inner > here.inner);
        if (above || there.rank === -1) upward.push(`${shown(file)} → ${shown(ref.target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('has no import circle between files', () => {
    const graph = new Map([...references].map(([file, refs]) => [file, refs.filter((r) => !r.byUrl && !r.astro).map((r) => r.target)]));
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const walk = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...path.slice(path.indexOf(file)), file].map(shown).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) if (graph.has(next)) walk(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) walk(file, []);
    expect(circles).toEqual([]);
  });

  it('imports astro:* only in the data layer and the layers that render', () => {
    const outside = [...references]
      .filter(([file, refs]) => refs.some((r) => r.astro) && !RENDER.has(relative(SRC, file).split('/')[0] as string))
      .map(([file]) => shown(file));
    expect(outside).toEqual([]);
  });

  it('keeps every file under 400 lines, every function under 100 and every route frontmatter under 30', () => {
    const tooLong: string[] = [];
    for (const file of code) {
      const text = readFileSync(file, 'utf8');
      const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
      if (lines > 400) tooLong.push(`${shown(file)}: ${lines} lines`);
      if (file.endsWith('.astro')) {
        const frontmatter = scriptOf(file).split('\n').length + 2;
        if (file.includes(`${SRC}/routes/`) && frontmatter > 30) tooLong.push(`${shown(file)}: frontmatter of ${frontmatter} lines`);
      }
      const source = ts.createSourceFile(file, scriptOf(file), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const visit = (node: ts.Node): void => {
        if (ts.isFunctionLike(node) && 'body' in node && node.body) {
          const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
          const end = source.getLineAndCharacterOfPosition(node.end).line;
          if (end - start + 1 > 100) tooLong.push(`${shown(file)}:${start + 1}: a function of ${end - start + 1} lines`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(tooLong).toEqual([]);
  });

  it('holds at most 15 files in a folder', () => {
    const counts = new Map<string, number>();
    for (const file of files) counts.set(dirname(file), (counts.get(dirname(file)) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 15).map(([dir, n]) => `${shown(dir)}: ${n}`)).toEqual([]);
  });

  it('cites only documents the repository holds (its own reference in docs/, never the contract outside it)', () => {
    const missing: string[] = [];
    // src/repository/ is written into a community's repository, whose citations point into its node_modules/firsthand/.
    const ours = files.filter((f) => /\.(ts|astro|md|css)$/.test(f) && !f.startsWith(join(SRC, 'repository')));
    for (const file of ours) {
      for (const m of readFileSync(file, 'utf8').matchAll(/(?<![\w/.-])((?:[\w.-]+\/)*(?:[\w-]+\.md))(?![\w-])/g)) {
        const cited = m[1] as string;
        const isDocument = cited.startsWith('docs/') || /(?:^|\/)(?:content-format|site-contract|README)\.md$/.test(cited);
        if (isDocument && !existsSync(join(PROJECT, cited)) && !existsSync(join(dirname(file), cited))) missing.push(`${shown(file)}: ${cited}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
