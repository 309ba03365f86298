/**
 * Reading YAML with positions: the frontmatter of a content file, and
 * site.yaml. It is read as YAML 1.2 core (dates stay text, `no` is no
 * boolean) in two steps: js-yaml's core schema reads a plain file quickly;
 * the `yaml` package, which reports line and column, refuses duplicate keys
 * and sees aliases before any expansion, reads a file only when it has a
 * problem or anchors/aliases, and gives positions on demand.
 */
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { emptySource, formatFieldPath, type FieldPath, type ParsedSource, type Position, type SourceProblem } from './source.ts';
import { findTypographicQuotes, firstIndentTab, straightenQuotes, topLevelFieldAt, type TypographicQuote } from './yaml-mistakes.ts';

/** Reads a YAML file such as content/site.yaml. */
export function parseYamlFile(rawText: string): ParsedSource {
  return parseYamlText(rawText.replace(/^\uFEFF/, ''), '', 1);
}

/** `&anchor`, `*alias` or a `!tag` anywhere a YAML node may start: such files take the careful path. */
const ANCHOR_ALIAS_OR_TAG = /(^|[\s[{,:-])[&*!][^\s,\]}]/;

export function parseYamlText(yamlText: string, body: string, bodyLine: number): ParsedSource {
  const quotes = findTypographicQuotes(yamlText);
  if (quotes.length > 0) return parseYamlCarefully(straightenQuotes(yamlText, quotes), body, bodyLine, quotes);
  if (!ANCHOR_ALIAS_OR_TAG.test(yamlText)) {
    let data: unknown;
    try {
      // CORE_SCHEMA: YAML 1.2 core, no timestamps, no merge keys; duplicate keys throw.
      data = loadYaml(yamlText, { schema: CORE_SCHEMA }) ?? {};
    } catch {
      data = undefined; // a syntax problem: the careful reader explains it with a position
    }
    if (data !== undefined && typeof data === 'object' && data !== null && !Array.isArray(data)) {
      let careful: ParsedSource | undefined;
      const positions = (): ParsedSource => (careful ??= parseYamlCarefully(yamlText, body, bodyLine));
      return {
        data,
        body,
        bodyLine,
        problems: [],
        locate: (path) => positions().locate(path),
        locateKey: (path) => positions().locateKey(path),
      };
    }
  }
  return parseYamlCarefully(yamlText, body, bodyLine);
}

/**
 * Reads YAML with positions. `quotes` are values wrapped in typographic quotes,
 * already made straight in the text: each is reported once, and the file is
 * otherwise read as the editor meant it.
 */
function parseYamlCarefully(yamlText: string, body: string, bodyLine: number, quotes: readonly TypographicQuote[] = []): ParsedSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, schema: 'core', prettyErrors: false, strict: true });
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const fieldAt = fieldsByOffset(doc);
  const problems: SourceProblem[] = quotes.map((q) => ({
    position: at(q.start),
    field: fieldAt(q.start),
    message: `write straight quotes ${q.straight} (YAML keeps ${q.written} as part of the text)`,
    rule: 'typographic-quotes',
  }));
  const unreadable = readYamlErrors(doc, yamlText, { at, fieldAt }, new Set(problems.map((p) => p.position?.line)));
  // A tab in the indentation throws off every line after it: it is the one message.
  if (unreadable.tab) return emptySource(body, bodyLine, [...problems, unreadable.tab]);
  problems.push(...unreadable.problems);
  // Aliases are refused outright: they hide data and can expand without bound.
  visit(doc, {
    Alias(key, node, path) {
      problems.push({
        position: node.range ? at(node.range[0]) : undefined,
        field: formatFieldPath(pathOf(path, key)),
        message: `YAML aliases (*${node.source}) are not allowed: write the value out in full`,
        rule: 'yaml-alias',
      });
    },
  });
  const locate = (path: FieldPath): Position | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as Node | undefined;
      if (node && typeof node === 'object' && 'range' in node && node.range) return at(node.range[0]);
    }
    return undefined;
  };
  const locateKey = (path: FieldPath): Position | undefined => {
    const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
    const key = path[path.length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (isScalar(p.key) ? p.key.value === key : p.key === key));
      if (pair && isScalar(pair.key) && pair.key.range) return at(pair.key.range[0]);
    }
    return locate(path.slice(0, -1));
  };
  // Tags are refused too: Astro's YAML reader runs some (`!!js/function`) and fails on others (`!foo`).
  visit(doc, {
    Node(key, node, path) {
      if (!node.tag || !node.range) return;
      let at0 = yamlText.lastIndexOf('!', node.range[0]);
      while (at0 > 0 && yamlText[at0 - 1] === '!') at0--;
      const tag = /^!\S*/.exec(yamlText.slice(at0))?.[0] ?? '!';
      problems.push({
        position: at(at0 >= 0 ? at0 : node.range[0]),
        field: formatFieldPath(pathOf(path, key)),
        message: `YAML tags (${tag.length > 30 ? `${tag.slice(0, 30)}…` : tag}) are not allowed: write the plain value, in quotes if it is text`,
        rule: 'yaml-tag',
      });
    },
  });
  // Read on past the problems (an alias becomes an empty value) so that the
  // file's other fields are still checked in the same run.
  if (problems.length > 0) visit(doc, { Alias: () => doc.createNode(null) });
  let data: unknown;
  try {
    // Fields YAML could not read are not guessed at: what it did read would lack them, and each would be reported again as missing.
    data = unreadable.syntax ? undefined : (doc.toJS({ maxAliasCount: 0 }) ?? {});
  } catch (error) {
    if (problems.length === 0) problems.push({ field: '', message: `the fields could not be read: ${(error as Error).message}`, rule: 'yaml-syntax' });
  }
  if (data !== undefined && (typeof data !== 'object' || data === null || Array.isArray(data))) {
    problems.push({
      position: { line: 1, column: 1 },
      field: '',
      message: 'the frontmatter must be fields written as "name: value", one per line',
      rule: 'frontmatter-not-fields',
    });
    data = undefined;
  }
  return { data, body, bodyLine, problems, locate, locateKey };
}

/** What YAML could not read: the tab that threw it off, or else one message per mistake (cascades left out). */
interface YamlErrors {
  tab?: SourceProblem;
  problems: SourceProblem[];
  /** True when some of the text could not be read as fields (a duplicate key or one bad value leaves the rest readable). */
  syntax: boolean;
}

function readYamlErrors(
  doc: Document,
  yamlText: string,
  { at, fieldAt }: { at: (offset: number) => Position; fieldAt: (offset: number) => string },
  reportedLines: ReadonlySet<number | undefined>,
): YamlErrors {
  // A duplicate key, or a value that cannot start as written (`@handle`), leaves the rest of the file readable.
  const syntax = doc.errors.some((e) => e.code !== 'DUPLICATE_KEY' && e.code !== 'BAD_SCALAR_START');
  const tabAt = syntax ? firstIndentTab(yamlText) : -1;
  if (tabAt !== -1) {
    return {
      problems: [],
      syntax,
      tab: { position: at(tabAt), field: topLevelFieldAt(yamlText, tabAt), message: 'indent with spaces, not tabs', rule: 'tab-indent' },
    };
  }
  const problems: SourceProblem[] = [];
  const lines = new Set(reportedLines);
  let structural = false;
  for (const error of [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0])) {
    const position = at(error.pos[0]);
    // Each @handle or duplicate key is a mistake of its own; of the rest, the first is the cause and what follows its echo.
    const own = error.code === 'DUPLICATE_KEY' || error.code === 'BAD_SCALAR_START';
    if (lines.has(position.line) || (!own && structural)) continue;
    if (!own) structural = true;
    lines.add(position.line);
    problems.push({
      position,
      // A document YAML could not read has no trustworthy shape below the top level.
      field: error.code === 'DUPLICATE_KEY' ? fieldAt(error.pos[0]) : topLevelFieldAt(yamlText, error.pos[0]),
      message: explainYamlError(error.code, error.message, yamlText, error.pos[0]),
      rule: error.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax',
    });
  }
  return { problems, syntax };
}

/**
 * The field path of the innermost pair around an offset, for problems found
 * in the text. The pairs are gathered in one walk of the document, the first
 * time one is asked for: a file with thousands of such problems is walked
 * once, not once per problem.
 */
function fieldsByOffset(doc: Document): (offset: number) => string {
  let pairs: Array<{ start: number; end: number; path: FieldPath }> | undefined;
  const gather = () => {
    const found: Array<{ start: number; end: number; path: FieldPath }> = [];
    visit(doc, {
      Pair(_key, pair, path) {
        const key = isScalar(pair.key) ? pair.key : undefined;
        const value = pair.value as Node | null;
        const start = key?.range?.[0];
        const end = value && 'range' in value && value.range ? value.range[2] : key?.range?.[2];
        if (start !== undefined && end !== undefined) found.push({ start, end, path: [...pathOf(path), String(key?.value)] });
      },
    });
    // By start; a pair inside another starts after it, so the last one starting at or before an offset that holds it is the innermost.
    return found.sort((a, b) => a.start - b.start);
  };
  return (offset) => {
    pairs ??= gather();
    let low = 0;
    let high = pairs.length - 1;
    let at = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((pairs[mid] as { start: number }).start <= offset) {
        at = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    for (let i = at; i >= 0; i--) {
      const pair = pairs[i] as { start: number; end: number; path: FieldPath };
      if (pair.end >= offset) return formatFieldPath(pair.path);
    }
    return '';
  };
}

/** Turns yaml's visitor path (the ancestors of a node) into a field path. */
function pathOf(ancestors: readonly unknown[], leafIndex?: unknown): Array<string | number> {
  const out: Array<string | number> = [];
  for (let i = 0; i < ancestors.length; i++) {
    const node = ancestors[i];
    if (isPair(node)) {
      out.push(isScalar(node.key) ? String(node.key.value) : String(node.key));
    } else if (isSeq(node)) {
      const child = ancestors[i + 1];
      const index = child === undefined ? leafIndex : node.items.indexOf(child as never);
      if (typeof index === 'number' && index >= 0) out.push(index);
    }
  }
  return out;
}

function explainYamlError(code: string, message: string, text: string, offset: number): string {
  const ch = text[offset];
  if (code === 'BAD_SCALAR_START' && ch === '@') {
    const word = /^@[^\s,\]}]*/.exec(text.slice(offset))?.[0] ?? '@handle';
    return `a value that starts with @ must be in quotes: write "${word}"`;
  }
  if (code === 'BAD_SCALAR_START' && ch === '`') return 'a value cannot start with a backtick (`): put the value in quotes';
  if (code === 'DUPLICATE_KEY') return 'this field is written twice: keep one of them';
  if (code === 'TAB_AS_INDENT') return 'indent with spaces, not tabs';
  if (code === 'MISSING_CHAR') return `${message.replace(/\.$/, '')}: close the quotes or brackets you opened`;
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'BAD_INDENT' || code === 'MULTILINE_IMPLICIT_KEY') {
    return 'the indentation or a colon is off here: a value that holds ": " must be in quotes, and nested fields are indented by two spaces';
  }
  if (code === 'MULTIPLE_DOCS') return 'only one block of fields is allowed';
  return `the fields could not be read as YAML: ${message.split('\n')[0]}`;
}
