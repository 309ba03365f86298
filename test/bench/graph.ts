/**
 * Benchmark of the meeting graph alone (not a test): `npm run bench:graph`.
 * Prints the median of several runs of buildMeetings, of computing every
 * person's met list and of laying out the picture of who met whom (/graph/),
 * and the heap the graph keeps.
 */
import { buildMeetings } from '../../src/community/meetings.ts';
import { layoutGraph } from '../../src/community/graph-layout.ts';
import { directory } from '../../src/community/listings.ts';
import { GRAPH_LIMIT } from '../../src/view-models/graph.ts';
import { generateCommunity, type Size } from './generate.ts';

const SIZES: Record<string, Size> = {
  S: { people: 200, events: 50, metEntries: 100 },
  // A few hundred members, the size at which the picture used to become a tangle.
  '400': { people: 400, events: 120, metEntries: 200 },
  M: { people: 2_000, events: 500, metEntries: 1_000 },
  L: { people: 10_000, events: 2_000, metEntries: 5_000 },
  XL: { people: 50_000, events: 10_000, metEntries: 25_000 },
};
const RUNS = 5;
const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const now = Date.UTC(2026, 0, 1);
const gc = (globalThis as { gc?: () => void }).gc;

const wanted = process.argv.slice(2).filter((a) => a in SIZES);
const rows: Array<Record<string, string | number>> = [];
for (const name of wanted.length ? wanted : ['S', '400', 'M', 'L']) {
  const size = SIZES[name] as Size;
  const content = generateCommunity(size);
  const attendancePairs = content.events.reduce((n, e) => n + (e.participants.length * (e.participants.length - 1)) / 2, 0);
  const build: number[] = [];
  const lists: number[] = [];
  const picture: number[] = [];
  let pairs = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const graph = buildMeetings(content, now);
    const t1 = performance.now();
    for (const p of content.people) graph.metList(p.handle);
    const t2 = performance.now();
    layoutGraph({ nodes: directory(content).map((p) => ({ id: p.handle, label: p.name })), edges: graph.listedPairs() }, { limit: GRAPH_LIMIT });
    const t3 = performance.now();
    build.push(t1 - t0);
    lists.push(t2 - t1);
    picture.push(t3 - t2);
    pairs = graph.pairCount;
  }
  // The heap the graph itself keeps, measured once between two full collections.
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const kept = buildMeetings(content, now);
  gc?.();
  const heap = process.memoryUsage().heapUsed - before;
  if (kept.pairCount !== pairs) throw new Error('the graph changed between runs');
  rows.push({
    size: name,
    people: size.people,
    events: size.events,
    'met entries': size.metEntries,
    'co-attendance pairs (all events)': attendancePairs,
    'pairs that met': pairs,
    'buildMeetings ms (median)': Math.round(median(build)),
    'all met lists ms (median)': Math.round(median(lists)),
    'picture ms (median)': Math.round(median(picture)),
    'heap kept MB': gc ? Math.round(heap / 1e6) : 'run with --expose-gc',
  });
}
console.table(rows);
console.log(JSON.stringify(rows));
