/**
 * `npm run check`: checks the content without Astro, and prints every
 * problem. Exit 0 when clean, 1 when the content has problems, 2 for a usage
 * or internal error. An unchanged folder is answered from the cache without
 * loading the checker (node/check-cache.ts).
 */
import { usageFailure } from '../../base/failure.ts';
import { formatProblems, summarizeProblems, type OutputFormat } from '../../content/report/problems.ts';
import { checkCommunity } from '../../node/check-cache.ts';
import { contentFolderOf, readCommandLine } from '../command-line.ts';

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

export async function run(argv: string[]): Promise<number> {
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
  if (!['text', 'json', 'github'].includes(format)) throw usageFailure(`unknown format "${format}": use text, json or github`);
  const contentDir = contentFolderOf(args.values.content);
  const { problems, warnings, counts: n } = await checkCommunity(contentDir, { project: process.cwd(), cache: !args.values['no-cache'] });
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
