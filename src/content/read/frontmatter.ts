/**
 * Reading a Markdown or MDX content file: `---`, the fields in YAML, `---`,
 * then the body. gray-matter splits the frontmatter from the body, with every
 * engine but ours disarmed, so no frontmatter is ever run as code; the fields
 * are read by yaml.ts.
 */
import matter from 'gray-matter';
import { emptySource, type ParsedSource, type SourceProblem } from './source.ts';
import { parseYamlText } from './yaml.ts';

/**
 * gray-matter evaluates `---js` frontmatter with eval. It merges our engines
 * over its own (`Object.assign`) and looks one up by the name after `---` or by
 * an alias of it, so every engine it ships is replaced by one that refuses, and
 * our own check refuses any name before gray-matter is called at all.
 */
const REFUSE = (): never => {
  throw new Error('frontmatter engines other than YAML are refused');
};
const DISARMED_ENGINES: Record<string, { parse: (s: string) => object; stringify: () => never }> = {};
for (const name of [
  ...Object.keys((matter as unknown as { engines?: object }).engines ?? {}),
  'yaml',
  'yml',
  'json',
  'js',
  'javascript',
  'coffee',
  'coffeescript',
  'cson',
  'toml',
]) {
  DISARMED_ENGINES[name] = { parse: REFUSE, stringify: REFUSE };
}
// The YAML itself is parsed below with positions; gray-matter only splits the file.
DISARMED_ENGINES['yaml'] = { parse: () => ({}), stringify: REFUSE };

/** What follows `---` on the first line, trimmed: empty for YAML, a language name otherwise; undefined when the line is no opening. */
function openingLanguage(firstLine: string): string | undefined {
  if (!firstLine.startsWith('---')) return undefined;
  // Trimmed by hand: a regex with two open-ended runs of spaces backtracks quadratically on a long line.
  return firstLine.slice(3).trim();
}

/** Reads a Markdown/MDX content file: `---` YAML frontmatter, then the body. */
export function parseContentFile(rawText: string): ParsedSource {
  const text = rawText.replace(/^\uFEFF/, '');
  const firstLineEnd = text.indexOf('\n');
  const firstLine = firstLineEnd === -1 ? text : text.slice(0, firstLineEnd);
  const language = openingLanguage(firstLine);
  if (language === undefined) {
    return emptySource(text, 1, [
      {
        position: { line: 1, column: 1 },
        field: '',
        message: 'the file must start with a line of three dashes (---), then its fields, then another --- line',
        rule: 'frontmatter-missing',
      },
    ]);
  }
  if (language !== '') {
    const shown = language.length > 20 ? `${language.slice(0, 20)}…` : language;
    return emptySource(text, 1, [
      {
        position: { line: 1, column: 4 },
        field: '',
        message: `frontmatter is YAML only: "---${shown}" asks for another language, which is never run; make the first line exactly ---`,
        rule: 'frontmatter-language',
      },
    ]);
  }
  let file: matter.GrayMatterFile<string>;
  try {
    file = matter(text, { engines: DISARMED_ENGINES as never, language: 'yaml' });
  } catch {
    return emptySource(text, 1, [
      { position: { line: 1, column: 1 }, field: '', message: 'frontmatter could not be read; make the first line exactly ---', rule: 'frontmatter-language' },
    ]);
  }
  // gray-matter leaves the rest of the opening line at the start of `matter`,
  // so line N of it is line N of the file.
  const yamlText = file.matter;
  const closed = text.length > yamlText.length + 3 && /(^|\n)---[ \t]*(\r?\n|$)/.test(text.slice(3 + yamlText.length));
  const bodyStart = text.length - file.content.length;
  const bodyLine = 1 + countNewlines(text, bodyStart);
  if (!closed) {
    return emptySource(text, 1, [
      {
        position: { line: 1, column: 1 },
        field: '',
        message: 'the frontmatter is never closed: add a line of three dashes (---) after the last field',
        rule: 'frontmatter-unclosed',
      },
    ]);
  }
  const cut = lineThatEndsFrontmatterEarly(yamlText);
  if (cut) return emptySource(text, 1, [cut]);
  return parseYamlText(yamlText, file.content, bodyLine);
}

/**
 * Astro ends the frontmatter at the first line that starts with `---` or
 * `+++`, even inside a quoted value or after more text, where the checker's
 * reader goes on to the `---` line alone: the two would read different fields.
 */
function lineThatEndsFrontmatterEarly(yamlText: string): SourceProblem | undefined {
  const m = /\n(---|\+\+\+)/.exec(yamlText);
  if (!m) return undefined;
  const line = 1 + countNewlines(yamlText, m.index + 1);
  return {
    position: { line, column: 1 },
    field: '',
    message: `a line inside the fields cannot start with ${m[1]}: the build would take it as the end of the fields; indent the line, or write the text another way`,
    rule: 'frontmatter-early-end',
  };
}

/** How many line breaks come before `end`. */
function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
