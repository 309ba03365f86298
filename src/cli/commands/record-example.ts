/**
 * `node src/cli/index.ts record-example`, in Firsthand's own repository only,
 * after changing the example community in content/: records its files'
 * hashes (node/example-community.json), which `new -- community` and `check`
 * use to tell the example from a community's own files, and copies it to
 * test/fixtures/example/.
 */
import { SOURCE_FOLDER } from '../../node/code-version.ts';
import { recordExample } from '../../node/example-community.ts';
import { join } from 'node:path';

export function run(): number {
  process.stdout.write(`${recordExample(join(SOURCE_FOLDER, '..'))}\n`);
  return 0;
}
