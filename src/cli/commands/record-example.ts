/**
 * `node src/cli/index.ts record-example`, in Firsthand's own repository only,
 * after changing the example community in content/: records its files'
 * hashes (node/example-community.json), which `new -- community` and `check`
 * use to tell the example from a community's own files, and copies it to
 * test/fixtures/example/.
 */
import { PACKAGE_ROOT } from '../../node/package-files.ts';
import { recordExample } from '../../node/example-community.ts';
import { readCommandLine } from '../command-line.ts';

const USAGE = `Usage: node src/cli/index.ts record-example

In Firsthand's own repository, after changing the example community in
content/: records the hash of each of its files in src/node/example-community.json
and copies it to test/fixtures/example/content/ (replacing what is there).`;

export function run(argv: string[]): number {
  const args = readCommandLine({ args: argv, options: { help: { type: 'boolean', short: 'h', default: false } }, allowPositionals: false }, USAGE);
  if (typeof args === 'number') return args;
  process.stdout.write(`${recordExample(PACKAGE_ROOT)}\n`);
  return 0;
}
