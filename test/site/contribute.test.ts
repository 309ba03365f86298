/**
 * A built site with a repository links its pages to the repository's issue
 * forms: "I'm going" on an upcoming event, "I was there" on a past one, none
 * on a cancelled one, "We met" on a person's page, "Suggest an event" on
 * /events/, each with the slug or handle filled in.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyContent, page, runBuild } from '../helpers/build.ts';

const REPO = 'https://github.com/lamplight/site';
let out = '';

/** The links of a page that lead to the repository's new-issue page, as [text, href]. */
function formLinks(route: string): Array<[string, string]> {
  const html = page(out, route);
  const found = [...html.matchAll(/<a href="([^"]*\/issues\/new\?[^"]*)"[^>]*>([^<]*)<\/a>/g)];
  const decode = (s: string) =>
    s
      .replace(/&amp;/g, '&')
      .replace(/&#39;/g, "'")
      .replace(/&#x27;/g, "'");
  return found.map((m) => [decode(m[2] ?? ''), decode(m[1] ?? '')]);
}

describe('links to the issue forms in a built site', () => {
  beforeAll(() => {
    const content = copyContent('good', 'contribute-build');
    writeFileSync(join(content, 'site.yaml'), `${readFileSync(join(content, 'site.yaml'), 'utf8')}repository: ${REPO}\n`);
    out = join(content, '..', 'dist');
    const run = runBuild(content, out);
    expect(run.status, run.stderr).toBe(0);
  });

  it('"I\'m going" on an upcoming event, "I was there" on a past one, nothing on a cancelled one', () => {
    expect(formLinks('events/2030-01-01-new-decade/')).toEqual([["I'm going", `${REPO}/issues/new?template=attend.yml&event=2030-01-01-new-decade`]]);
    expect(formLinks('events/2024-06-01-reading-day/')).toEqual([['I was there', `${REPO}/issues/new?template=attend.yml&event=2024-06-01-reading-day`]]);
    expect(formLinks('events/2024-09-14-rained-out/')).toEqual([]);
  });

  it('"We met" on a person\'s page, "Suggest an event" on /events/', () => {
    expect(formLinks('people/ada/')).toEqual([['We met', `${REPO}/issues/new?template=we-met.yml&who=ada`]]);
    expect(formLinks('events/')).toEqual([['Suggest an event', `${REPO}/issues/new?template=suggest-event.yml`]]);
  });
});
