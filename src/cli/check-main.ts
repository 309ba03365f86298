/**
 * `npm run check` (through check.ts): validates content/ without Astro. Exit 0 when clean, 1 when
 * the content has problems, 2 for a usage or internal error.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { formatProblems, summarizeProblems, type OutputFormat } from '../content/report/problems.ts';
import type { ValidateInput } from '../content/validate/types.ts';
import { readCommandLine } from './command-line.ts';
import { leftoverExampleWarning } from '../node/example-community.ts';
import { checkInputsKey, readCheckCache, writeCheckCache, type CheckResult } from '../node/check-cache.ts';
import { readContentFolder } from '../node/read-content.ts';

/** The project's root, where the cache lives (node_modules/.cache/firsthand/check/). */
const PROJECT = resolve(import.meta.dirname, '../..');

const USAGE = `Usage: npm run check [-- --format text|json|github] [--content <folder>]

Checks every file in the content folder (default: content/) and prints every
problem as "path:line:col field: message".
  --format text     one line per problem (default)
  --format json     an array of {file, line, column, field, message, rule}
  --format github   ::error annotations for GitHub Actions
  --content <dir>   the content folder to check (default: content)
  --no-cache        check everything again, even when nothing changed since
                    the last check (the result is the same either way)`;

/** "1 person", "3 people". */
function count(n: number, one: string, other = `${one}s`): string {
  return `${n} ${new Intl.PluralRules('en').select(n) === 'one' ? one : other}`;
}

/**
 * The result for a content folder as read: the last check's when its files and
 * the checker's code are the same (node/check-cache.ts), else a new one. The
 * validator is loaded only when it has work to do.
 */
async function checkFolder(input: ValidateInput, contentDir: string, useCache: boolean): Promise<CheckResult> {
  const key = useCache ? checkInputsKey(input, PROJECT) : undefined;
  const kept = key === undefined ? undefined : readCheckCache(PROJECT, contentDir, key);
  if (kept) return kept;
  const { validateContent } = await import('../content/validate/index.ts');
  const { problems, warnings, content: c } = validateContent(input);
  const result = {
    problems,
    warnings,
    counts: { people: c.people.length, events: c.events.length, posts: c.posts.length, series: c.series.length, pages: c.pages.length },
  };
  if (key !== undefined) writeCheckCache(PROJECT, contentDir, key, result);
  return result;
}

async function main(argv: string[]): Promise<number> {
  const args = readCommandLine(
    {
      args: argv,
      options: {
        format: { type: 'string', default: 'text' },
        content: { type: 'string', default: process.env['FIRSTHAND_CONTENT'] ?? 'content' },
        'no-cache': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
    },
    USAGE,
  );
  if (typeof args === 'number') return args;
  const format = args.values.format as OutputFormat;
  if (!['text', 'json', 'github'].includes(format)) {
    process.stderr.write(`unknown format "${format}": use text, json or github\n`);
    return 2;
  }
  const contentDir = resolve(args.values.content);
  if (!existsSync(contentDir)) {
    process.stderr.write(`no content folder at ${args.values.content}\n`);
    return 2;
  }
  const { problems, warnings: checked, counts: n } = await checkFolder(readContentFolder(contentDir), contentDir, !args.values['no-cache']);
  const warnings = [...checked];
  const leftover = leftoverExampleWarning(contentDir, relative(process.cwd(), contentDir) || '.');
  if (leftover) warnings.push(leftover);
  if (format === 'text') {
    // Warnings first and on their own, so that they are read even when all is fine.
    if (warnings.length > 0) process.stdout.write(`${formatProblems(warnings, 'text')}\n\n`);
    if (problems.length > 0) {
      process.stdout.write(`${formatProblems(problems, 'text')}\n\n${summarizeProblems(problems)}; nothing was changed.\n`);
    } else {
      const counts = [
        count(n.people, 'person', 'people'),
        count(n.events, 'event'),
        count(n.posts, 'post'),
        count(n.series, 'series', 'series'),
        count(n.pages, 'page'),
      ].join(', ');
      process.stdout.write(`Content is fine: ${counts}.\n`);
    }
  } else {
    const out = formatProblems([...problems, ...warnings], format);
    if (out) process.stdout.write(`${out}\n`);
  }
  return problems.length > 0 ? 1 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`firsthand check failed inside (this is a bug, not your content): ${(error as Error).stack ?? error}\n`);
  process.exitCode = 2;
}
