/**
 * The project's HTML checks with html-validate: its validator as every page
 * must pass it, and its parser, for tests that count elements in a page
 * (what lies inside a <details>, what a list holds).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, Parser, type HtmlElement } from 'html-validate';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <img ...> and <br>; both are valid HTML.
    'void-style': 'off',
    // Long attribute values (srcset, JSON-LD) are fine.
    'long-title': 'off',
  },
});

/** The errors html-validate finds in a page, each as `<name>:<line>:<column> <rule>: <message>`. */
export async function htmlErrors(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${name}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

/** Every error html-validate finds in the HTML pages of a build (Pagefind's own UI aside), and how many pages it read. */
export async function htmlErrorsIn(dist: string): Promise<{ pages: number; errors: string[] }> {
  const errors: string[] = [];
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter(
    (d) => d.isFile() && d.name.endsWith('.html') && !d.parentPath.includes('pagefind'),
  );
  for (const d of files) {
    const path = join(d.parentPath, d.name);
    errors.push(...(await htmlErrors(readFileSync(path, 'utf8'), path.slice(dist.length + 1))));
  }
  return { pages: files.length, errors };
}

let parser: Promise<Parser> | undefined;

/** A page's document, as html-validate reads it (querySelectorAll, closest). */
export async function parseHtml(html: string): Promise<HtmlElement> {
  parser ??= validator.getConfigFor('page.html').then((config) => new Parser(config));
  return (await parser).parseHtml(html);
}
