/**
 * `firsthand init <folder>` (what `npm create firsthand` runs): writes a
 * community's own repository, as docs/site.md lists it, into a new or
 * empty folder: content/ with a minimal community (the values and questions
 * of `new -- community`), package.json depending on Firsthand,
 * astro.config.mjs, .gitignore, .github/ (workflows, issue forms, the update
 * bot) and the organiser's README. No Firsthand source, no tests; the
 * lockfile comes with the organiser's `npm install`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { refusal, usageFailure } from '../../base/failure.ts';
import { checkAnswers, communityFiles } from '../../contribute/new-community.ts';
import { communityPackageJson, communityReadme } from '../../contribute/repository.ts';
import { firsthandDependency, shippedFiles } from '../../node/community-repository.ts';
import { writeNewFile } from '../../node/write-content.ts';
import { readCommandLine } from '../command-line.ts';
import { collectAnswers } from '../new-community.ts';

const USAGE = `Usage: firsthand init <folder> --name "Tide Pool Readers" --url https://tidepool.example
        --timezone Europe/Lisbon --host ines --host-name "Inês Carvalho" [--language pt]
        [--firsthand <version range or file:>]

Writes a community's own repository into <folder> (new or empty): its content,
package.json, astro.config.mjs, .gitignore, .github/ and a README. In a
terminal, anything missing is asked for. Then: cd <folder>, npm install,
npm run check, npm run build.`;

export async function run(argv: string[]): Promise<number> {
  const args = readCommandLine(
    {
      args: argv,
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        url: { type: 'string' },
        timezone: { type: 'string' },
        host: { type: 'string' },
        'host-name': { type: 'string' },
        language: { type: 'string' },
        firsthand: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    },
    USAGE,
  );
  if (typeof args === 'number') return args;
  const [folder, ...extra] = args.positionals;
  if (folder === undefined || extra.length > 0) throw usageFailure('init takes one folder, the repository to write.', USAGE);
  const root = resolve(folder);
  if (existsSync(root) && readdirSync(root).length > 0)
    throw refusal(`${folder} is not empty: init writes a new repository into a new or empty folder. Nothing was written.`);
  const { firsthand, help: _, ...values } = args.values;
  const answers = await collectAnswers(values);
  const problems = checkAnswers(answers, 'content');
  if (problems.length > 0) {
    process.stderr.write(`${problems.join('\n')}\n\nNothing was written: fix the values and run the command again.\n`);
    return 1;
  }
  const files = repositoryFiles(answers.name, firsthand ?? firsthandDependency(), communityFiles(answers));
  for (const [path, text] of files) writeNewFile(join(root, path), text);
  const shown = relative(process.cwd(), root) || '.';
  process.stdout.write(
    `Wrote ${answers.name}'s repository in ${shown}/: ${files.size} files.\nNext:\n  cd ${shown}\n  npm install\n  npm run check\n  npm run build\n` +
      `Then put it on GitHub: ${shown}/README.md says what to switch on.\n`,
  );
  return 0;
}

/** Every file of the new repository, by its path there. */
function repositoryFiles(name: string, firsthand: string, content: ReadonlyMap<string, string>): Map<string, string> {
  const files = new Map<string, string>();
  for (const [path, text] of content) files.set(`content/${path}`, text);
  for (const shipped of shippedFiles()) files.set(shipped.path, shipped.path === 'README.md' ? communityReadme(shipped.text, name) : shipped.text);
  files.set('package.json', communityPackageJson(name, firsthand));
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}
