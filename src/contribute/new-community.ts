/**
 * A community of one's own, as `npm run new -- community` starts it: the
 * files of a minimal community (site.yaml, the host's person file, an About
 * page) from the organiser's values, and those values checked with `check`'s
 * own rules before anything is written, each problem said as the flag that
 * gave it.
 */
import { explainBadHandle, parseHandle } from '../content/fields/handles.ts';
import type { ContentProblem } from '../content/report/problems.ts';
import { validateContent, type ContentFile } from '../content/validate/index.ts';
import { aboutPage, personFile, siteFile } from './templates.ts';

export interface CommunityValues {
  name?: string | undefined;
  url?: string | undefined;
  timezone?: string | undefined;
  host?: string | undefined;
  'host-name'?: string | undefined;
  language?: string | undefined;
  force?: boolean | undefined;
}

export type Flag = 'name' | 'url' | 'timezone' | 'host' | 'host-name' | 'language';
export type Answers = Record<Flag, string>;

/** Values that pass the check, to try one flag at a time against. */
const PLACEHOLDER: Answers = { name: 'Community', url: 'https://example.org', timezone: 'UTC', host: 'host', 'host-name': 'Host', language: 'en' };

/** The files a community starts with, by path inside content/. */
export function communityFiles(a: Answers): Map<string, string> {
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
export function checkAnswers(a: Answers, root: string): string[] {
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
export function checkOne(flag: Flag, value: string): string | undefined {
  if (value === '') return 'this is required';
  return checkAnswers({ ...PLACEHOLDER, [flag]: value }, 'content')[0]?.replace(/^--[\w-]+( "[^"]*")?: /, '');
}
