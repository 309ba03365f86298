/**
 * `npm run new -- community`: replaces the example community in content/ with
 * a minimal one of the organiser's own (site.yaml, the host's person file, an
 * About page) that passes `check` and builds at once. Every value is checked
 * with `check`'s own rules before anything is removed or written, and content
 * that is not the shipped example is never removed without --force.
 */
import { mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { explainBadHandle, parseHandle } from '../../content/fields/handles.ts';
import type { ContentProblem } from '../../content/report/problems.ts';
import { SITE_DEFAULTS } from '../../content/fields/schemas.ts';
import { aboutPage, personFile, siteFile } from '../../contribute/templates.ts';
import { validateContent, type ContentFile } from '../../content/validate/index.ts';
import { readManifest, sortContent } from '../../node/example-community.ts';
import { ask, required, UsageError } from '../prompts.ts';

export interface CommunityValues {
  name?: string | undefined;
  url?: string | undefined;
  timezone?: string | undefined;
  host?: string | undefined;
  'host-name'?: string | undefined;
  language?: string | undefined;
  force?: boolean | undefined;
}

type Flag = 'name' | 'url' | 'timezone' | 'host' | 'host-name' | 'language';
type Answers = Record<Flag, string>;

/** Values that pass the check, to try one flag at a time against. */
const PLACEHOLDER: Answers = { name: 'Community', url: 'https://example.org', timezone: 'UTC', host: 'host', 'host-name': 'Host', language: 'en' };

/** The files a community starts with, by path inside content/. */
function communityFiles(a: Answers): Map<string, string> {
  const host = parseHandle(a.host);
  return new Map([
    ['site.yaml', siteFile({ name: a.name, url: a.url, timezone: a.timezone, language: a.language, host })],
    [`people/${host}.md`, personFile({ name: a['host-name'], handle: host })],
    ['pages/about.md', aboutPage({ name: a.name, hostName: a['host-name'], host, language: a.language })],
  ]);
}

/** Which flag gave the value a problem is about. */
function flagOf(problem: ContentProblem, root: string): Flag | undefined {
  if (problem.file === `${root}/site.yaml`) {
    const field = problem.field.replace(/\[\d+\]$/, '');
    return field === 'hosts' ? 'host' : (['name', 'url', 'timezone', 'language'] as const).find((f) => f === field);
  }
  if (problem.file.startsWith(`${root}/people/`) && problem.field === 'name') return 'host-name';
  return undefined;
}

/** A problem said as the flag that caused it, naming the value unless the message already does. */
function flagProblem(flag: Flag, value: string, message: string): string {
  return message.includes(`"${value}"`) ? `--${flag}: ${message}` : `--${flag} "${value}": ${message}`;
}

/** Checks the would-be community with `check`'s own rules; each problem said as the flag that caused it. */
function checkAnswers(a: Answers, root: string): string[] {
  // Written as a reference may be (@Ines); the file name is its lowercase form.
  const badHost = explainBadHandle(parseHandle(a.host));
  const tried = badHost ? { ...a, host: PLACEHOLDER.host } : a;
  const files: ContentFile[] = [...communityFiles(tried)].map(([path, text]) => ({ path: `${root}/${path}`, text }));
  const said = validateContent({ root, files }).problems.map((p) => {
    const flag = flagOf(p, root);
    return flag ? flagProblem(flag, a[flag], p.message) : `${p.file}${p.line ? `:${p.line}:${p.column}` : ''} ${p.field}: ${p.message}`;
  });
  return badHost ? [`--host: "${a.host}" cannot be used as a handle: ${badHost}`, ...said] : said;
}

/** The one flag's problem, for the terminal prompt; the others are held at passing values. */
function checkOne(flag: Flag, value: string): string | undefined {
  if (value === '') return 'this is required';
  return checkAnswers({ ...PLACEHOLDER, [flag]: value }, 'content')[0]?.replace(/^--[\w-]+( "[^"]*")?: /, '');
}

const QUESTIONS: [Flag, string, string][] = [
  ['name', "The community's name", 'Tide Pool Readers'],
  ['url', 'The address the site will have (https://…)', 'https://tidepool.example'],
  ['timezone', 'The time zone most events are in (like Europe/Lisbon)', 'Europe/Lisbon'],
  ['host', 'Your handle: lowercase letters, digits, _ and -', 'ines'],
  ['host-name', 'Your name, as you want it shown', 'Inês Carvalho'],
];

async function collectAnswers(values: CommunityValues): Promise<Answers> {
  const answers: Partial<Answers> = { language: values.language ?? SITE_DEFAULTS.language };
  for (const [flag, question, placeholder] of QUESTIONS) {
    answers[flag] = values[flag] ?? (await ask(flag, question, (v) => checkOne(flag, v) ?? required(question)(v), placeholder));
  }
  return answers as Answers;
}

/** Removes the files, then the folders they leave empty (never content/ itself). */
function removeFiles(contentDir: string, files: readonly string[]): void {
  for (const file of files) rmSync(join(contentDir, file), { force: true });
  const folders = [...new Set(files.map((f) => dirname(f)).filter((d) => d !== '.'))].sort((a, b) => b.length - a.length);
  for (const folder of folders) {
    const absolute = join(contentDir, folder);
    try {
      if (readdirSync(absolute).length === 0) rmdirSync(absolute);
    } catch {
      // Already gone, or not empty: either way it stays as it is.
    }
  }
}

function refuseOwnContent(own: readonly string[], shownRoot: string): never {
  const shown = own.slice(0, 5).map((f) => `  ${shownRoot}/${f}`);
  if (own.length > 5) shown.push(`  and ${own.length - 5} more`);
  throw new UsageError(
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
  removeFiles(contentDir, [...example, ...own]);
  if (values.force === true) rmSync(contentDir, { recursive: true, force: true });
  for (const [path, text] of communityFiles(answers)) {
    mkdirSync(dirname(join(contentDir, path)), { recursive: true });
    writeFileSync(join(contentDir, path), text, { flag: 'wx' });
  }
  const host = parseHandle(answers.host);
  process.stdout.write(
    `Started ${answers.name}: removed ${example.length + own.length} files of the example, wrote ${shownRoot}/site.yaml, ${shownRoot}/people/${host}.md and ${shownRoot}/pages/about.md.\n` +
      'Next: npm run check, npm run build, then commit and push (the README says what to set on GitHub).\n',
  );
  return 0;
}
