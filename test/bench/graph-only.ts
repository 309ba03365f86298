/** Times the meeting graph alone over a content folder (run by the benchmark in its own process). */
import { readContentFolder } from '../../src/node/read-content.ts';
import { buildMeetings } from '../../src/community/meetings.ts';
import { validateContent } from '../../src/content/validate/index.ts';

// A content folder is always named (the benchmark passes its synthetic one): never content/ by default.
const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node test/bench/graph-only.ts <content folder>\n');
  process.exit(2);
}
const { content } = validateContent(readContentFolder(dir));
const now = Date.parse('2026-01-01T00:00:00Z');
const t0 = performance.now();
const graph = buildMeetings(content, now);
const t1 = performance.now();
process.stdout.write(`${JSON.stringify({ graphSeconds: (t1 - t0) / 1000, pairs: graph.pairCount })}\n`);
