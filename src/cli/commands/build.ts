/**
 * `npm run build`: the flags of a build, and what it says. The build itself
 * is build/build-site.ts; this prints its content problems and warnings,
 * the figures of --verbose, and the line that says what was built.
 */
import { relative, resolve } from 'node:path';
import { formatProblems, summarizeProblems, type ContentProblem } from '../../content/report/problems.ts';
import { buildSite, type BuildTimings } from '../../build/build-site.ts';
import { contentFolderOf, readCommandLine } from '../command-line.ts';

const USAGE = `Usage: npm run build [-- --content <folder>] [--out <folder>] [--verbose]

Checks the content, then builds the site. On any problem nothing is published
and the previous build stays as it was.
  --content <dir>   the content folder (default: content)
  --out <dir>       where the site goes (default: dist)
  --verbose         show Astro's own progress and full error details`;

export async function run(argv: string[]): Promise<number> {
  const args = readCommandLine(
    {
      args: argv,
      options: {
        content: { type: 'string', default: process.env['FIRSTHAND_CONTENT'] ?? 'content' },
        out: { type: 'string', default: 'dist' },
        verbose: { type: 'boolean', default: process.env['FIRSTHAND_DEBUG'] === '1' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    },
    USAGE,
  );
  if (typeof args === 'number') return args;
  const root = process.cwd();
  const contentDir = contentFolderOf(args.values.content);
  const outDir = resolve(args.values.out);
  const verbose = args.values.verbose;
  // Warnings first and on their own, before the long part of the build, so that they are read.
  const printWarnings = (warnings: readonly ContentProblem[]) => {
    if (warnings.length > 0) process.stderr.write(`${formatProblems([...warnings], 'text')}\n\n`);
  };
  const say = (line: string) => process.stderr.write(`${line}\n`);
  const result = await buildSite({ root, contentDir, outDir, outShown: args.values.out, verbose, say, onChecked: printWarnings });
  const out = relative(root, outDir) || outDir;
  if (!result.ok) {
    const { problems } = result;
    printWarnings(result.warnings);
    process.stderr.write(`${formatProblems(problems, 'text')}\n\n${summarizeProblems(problems)}: the site was not built, and ${out}/ is unchanged.\n`);
    return 1;
  }
  if (verbose) process.stdout.write(timingLines(result.timings));
  process.stdout.write(`Built ${result.pages} pages into ${out}/ in ${result.seconds.toFixed(1)} s.\n`);
  return 0;
}

function timingLines(t: BuildTimings): string {
  const search = t.searchReused ? 'was taken from the last build (no record changed) in' : 'took';
  const each = t.cardsDrawn ? ((t.drawSeconds * 1000) / t.cardsDrawn).toFixed(1) : '0';
  return [
    `Astro build done at ${t.astroSeconds.toFixed(1)} s; the search index (beside it) ${search} ${t.searchSeconds.toFixed(1)} s`,
    `Cards: ${t.cardsDrawn} drawn in ${t.drawSeconds.toFixed(1)} s of drawing (${each} ms each), ${t.cardsReused} reused`,
    '',
  ].join('\n');
}
