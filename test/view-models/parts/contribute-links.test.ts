/**
 * The links to the repository's issue forms, as the view models give them:
 * which page offers which, in the site's language, only with a repository and
 * without `contribute: false`.
 */
import { describe, expect, it } from 'vitest';
import { eventView } from '../../../src/view-models/event.ts';
import { eventsView } from '../../../src/view-models/events.ts';
import { personView } from '../../../src/view-models/person.ts';
import { siteView } from '../../helpers/site-view.ts';
import { BASE_SITE, validate } from '../../helpers/validate.ts';

const REPO = 'repository: https://github.com/test/town\n';
const NOW = Date.parse('2010-05-13T12:00:00Z'); // the morning of the Memphis evening
const CANCELLED = '---\ntitle: Rained out\nstart: 2010-05-01 12:00\nstatus: cancelled\nvenue:\n  name: Park\n---\n';
const POSTPONED = '---\ntitle: Later\nstart: 2010-05-02 12:00\nstatus: postponed\nvenue:\n  name: Park\n---\n';

function views(site: string, now = NOW) {
  const view = siteView(
    { 'content/site.yaml': site, 'content/events/2010-05-01-rained-out.md': CANCELLED, 'content/events/2010-05-02-later.md': POSTPONED },
    now,
  );
  const event = (slug: string) => eventView(view.events.get(slug) ?? (undefined as never), view).contribute;
  const person = (handle: string) => personView(view.people.get(handle) ?? (undefined as never), view).contribute;
  return { event, person, events: () => eventsView(view).contribute };
}

describe('links to the issue forms', () => {
  it('offer "I\'m going" before an event, "I was there" after, and nothing for a cancelled or a passed postponed one', () => {
    const before = views(`${BASE_SITE}${REPO}`);
    expect(before.event('2010-05-13-memphis')).toEqual({
      label: 'Take part',
      links: [{ label: "I'm going", href: 'https://github.com/test/town/issues/new?template=attend.yml&event=2010-05-13-memphis' }],
      hint: 'A form on GitHub; the site’s maintainers review each change.',
    });
    expect(before.event('2010-05-01-rained-out')).toBeUndefined();
    expect(before.event('2010-05-02-later')).toBeUndefined();
    const after = views(`${BASE_SITE}${REPO}`, Date.parse('2010-06-01T00:00:00Z'));
    expect(after.event('2010-05-13-memphis')?.links).toEqual([
      { label: 'I was there', href: 'https://github.com/test/town/issues/new?template=attend.yml&event=2010-05-13-memphis' },
    ]);
  });

  it('offer "We met" with the person filled in, and "Suggest an event", in the site\'s language', () => {
    const fr = views(`${BASE_SITE}${REPO}language: fr\n`);
    expect(fr.person('laura_click')?.links).toEqual([
      { label: 'On s’est rencontrés', href: 'https://github.com/test/town/issues/new?template=we-met.yml&who=laura_click' },
    ]);
    expect(fr.events()?.links).toEqual([{ label: 'Proposer une rencontre', href: 'https://github.com/test/town/issues/new?template=suggest-event.yml' }]);
    expect(fr.events()?.label).toBe('Participer');
  });

  it('are not offered without a repository, or with contribute: false', () => {
    for (const site of [BASE_SITE, `${BASE_SITE}${REPO}contribute: false\n`]) {
      const v = views(site);
      expect([v.event('2010-05-13-memphis'), v.person('kathy'), v.events()]).toEqual([undefined, undefined, undefined]);
    }
  });

  it('contribute is true or false, and nothing else', () => {
    expect(validate({ 'content/site.yaml': `${BASE_SITE}${REPO}contribute: "no"\n` }).problems.map((p) => [p.field, p.rule])).toEqual([
      ['contribute', 'wrong-type'],
    ]);
    expect(validate({ 'content/site.yaml': `${BASE_SITE}contribute: true\n` }).problems).toEqual([]);
  });
});
