/**
 * `npm run import`: the script every community's package.json has, so that
 * it works once a Firsthand that imports calendars and attendance is
 * installed. This version has no importer: it says so, and changes nothing.
 */
import { FirsthandError } from '../../base/failure.ts';

export function run(_argv: string[]): number {
  throw new FirsthandError(
    'usage',
    'import is not in this version of Firsthand: take a newer one (the update pull request, or npm install firsthand@latest). Nothing was changed.',
    {
      exitCode: 2,
    },
  );
}
