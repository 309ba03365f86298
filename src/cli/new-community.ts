/**
 * `npm run new -- community`: replaces the example community in content/ with
 * a minimal one of the organiser's own that passes `check` and builds at once
 * (contribute/new-community.ts says what it holds and checks the values
 * before anything is removed or written). Content that is not the shipped
 * example is never removed without --force.
 */
import { relative } from 'node:path';
import { refusal } from '../base/failure.ts';
import { parseHandle } from '../content/fields/handles.ts';
import { SITE_DEFAULTS } from '../content/fields/schemas.ts';
import { checkAnswers, checkOne, communityFiles, type Answers, type CommunityValues, type Flag } from '../contribute/new-community.ts';
import { readManifest, sortContent } from '../node/example-community.ts';
import { replaceContent } from '../node/write-content.ts';
import { ask, required } from './prompts.ts';

export type { CommunityValues };

const QUESTIONS: [Flag, string, string][] = [
  ['name', "The community's name", 'Tide Pool Readers'],
  ['url', 'The address the site will have (https://…)', 'https://tidepool.example'],
  ['timezone', 'The time zone most events are in (like Europe/Lisbon)', 'Europe/Lisbon'],
  ['host', 'Your handle: lowercase letters, digits, _ and -', 'ines'],
  ['host-name', 'Your name, as you want it shown', 'Inês Carvalho'],
];

/** The values of a new community: each flag given, or asked for in a terminal (init asks the same). */
export async function collectAnswers(values: CommunityValues): Promise<Answers> {
  const answers: Partial<Answers> = { language: values.language ?? SITE_DEFAULTS.language };
  for (const [flag, question, placeholder] of QUESTIONS) {
    answers[flag] = values[flag] ?? (await ask(flag, question, (v) => checkOne(flag, v) ?? required(question)(v), placeholder));
  }
  return answers as Answers;
}

function refuseOwnContent(own: readonly string[], shownRoot: string): never {
  const shown = own.slice(0, 5).map((f) => `  ${shownRoot}/${f}`);
  if (own.length > 5) shown.push(`  and ${own.length - 5} more`);
  throw refusal(
    `${shownRoot}/ holds files that are not the example community Firsthand ships (${readManifest().name}), and new -- community would remove them:\n${shown.join('\n')}\n` +
      'Nothing was changed. Move them somewhere safe first, or run the command again with --force to remove everything in the folder.',
  );
}

/** Runs the command; returns the exit code. */
export async function newCommunity(values: CommunityValues, contentDir: string): Promise<number> {
  const shownRoot = relative(process.cwd(), contentDir) || '.';
  const answers = await collectAnswers(values);
  const problems = checkAnswers(answers, shownRoot);
  if (problems.length > 0) {
    process.stderr.write(`${problems.join('\n')}\n\nNothing was changed: fix the values and run the command again.\n`);
    return 1;
  }
  const { example, own } = sortContent(contentDir);
  if (own.length > 0 && values.force !== true) refuseOwnContent(own, shownRoot);
  replaceContent(contentDir, [...example, ...own], communityFiles(answers), { wholeFolder: values.force === true });
  const host = parseHandle(answers.host);
  process.stdout.write(
    `Started ${answers.name}: removed ${example.length + own.length} files of the example, wrote ${shownRoot}/site.yaml, ${shownRoot}/people/${host}.md and ${shownRoot}/pages/about.md.\n` +
      'Next: npm run check, npm run build, then commit and push (the README says what to set on GitHub).\n',
  );
  return 0;
}
