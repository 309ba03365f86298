/**
 * The tables `npm run bench` prints from its JSON rows (run.ts): the cold
 * builds, the rebuilds, the checks and the dev server, each figure a median
 * with its range.
 */

interface Range {
  median: number;
  min: number;
  max: number;
}

// biome-ignore lint/suspicious/noExplicitAny: the benchmark's JSON rows, read back for the tables
type Row = Record<string, any>;

const f = (x: Range, digits = 1) => `${x.median.toFixed(digits)} (${x.min.toFixed(digits)}–${x.max.toFixed(digits)})`;
const identical = (differing: number) => (differing === 0 ? 'yes' : `no (${differing} files differ)`);

function table(head: string[], rows: string[][]): void {
  console.log(`\n| ${head.join(' | ')} |`);
  console.log(`| ${head.map(() => '---').join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

/** Prints every table the rows have figures for. */
export function printReport(results: Row[]): void {
  const built = results.filter((r) => r['firsthandBuild']);
  if (built.length > 0) {
    table(
      [
        'size',
        'pages (F / base)',
        'Firsthand cold build s (cards drawn)',
        'bare Astro build s',
        'ratio',
        'Firsthand CPU s',
        'peak RSS MB (F / base)',
        'graph s',
      ],
      built.map((r) => [
        r['size'],
        `${r['pages'].firsthand} / ${r['pages'].baseline}`,
        f(r['firsthandBuild'].wall),
        f(r['baselineBuild'].wall),
        String(r['ratio']),
        f(r['firsthandBuild'].cpu),
        `${r['firsthandBuild'].rssMB.median} / ${r['baselineBuild'].rssMB.median}`,
        f(r['graphSeconds'], 3),
      ]),
    );
    table(
      ['size', 'rebuild', 's', 'of cold', 'pages reused', 'byte-identical to a cold build', 'peak RSS MB'],
      built.flatMap((r) =>
        (['noChangeRebuild', 'oneEventRebuild'] as const).map((key) => [
          r['size'],
          key === 'noChangeRebuild' ? 'no change' : 'one event (an attendee added)',
          f(r[key].wall),
          String(r[key].ofCold),
          String(r[key].pagesReused),
          identical(r[key].differingFromCold),
          String(r[key].rssMB.median),
        ]),
      ),
    );
    table(
      ['size', 'check cold s (node)', 'check warm s (node)', '`npm run check` cold s', '`npm run check` warm s', 'check peak RSS MB (cold / warm)'],
      built.map((r) => [
        r['size'],
        f(r['checkCold'].wall, 2),
        f(r['checkWarm'].wall, 2),
        f(r['checkNpmCold'].wall, 2),
        f(r['check'].wall, 2),
        `${r['checkCold'].rssMB.median} / ${r['checkWarm'].rssMB.median}`,
      ]),
    );
  }
  const dev = results.filter((r) => r['dev']);
  if (dev.length > 0) {
    table(
      ['size', '`npm run dev`', 'listening s', 'first page s', 'CPU s to it (main thread)', 'first person page s', 'edit visible s', 'peak RSS MB'],
      dev.flatMap((r) =>
        (['cold', 'warm'] as const).map((start) => {
          const d = r['dev'][start];
          return [
            r['size'],
            start,
            f(d.listening, 2),
            f(d.firstPage, 2),
            `${f(d.cpuToFirstPage, 2)} (${d.mainThreadCpuToFirstPage.median.toFixed(2)})`,
            f(d.firstPersonPage, 2),
            f(d.editVisible, 2),
            String(d.rssMB.median),
          ];
        }),
      ),
    );
  }
}
