/**
 * The project's HTML checks with html-validate: its validator as every page
 * must pass it, and its parser, for tests that count elements in a page
 * (what lies inside a <details>, what a list holds).
 */
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

let parser: Promise<Parser> | undefined;

/** A page's document, as html-validate reads it (querySelectorAll, closest). */
export async function parseHtml(html: string): Promise<HtmlElement> {
  parser ??= validator.getConfigFor('page.html').then((config) => new Parser(config));
  return (await parser).parseHtml(html);
}
