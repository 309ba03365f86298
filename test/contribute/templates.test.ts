/** What `npm run new` writes for an event: the community's own zone as the example, and a description as the body. */
import { describe, expect, it } from 'vitest';
import { eventFile } from '../../src/contribute/templates.ts';
import { validate } from '../helpers/validate.ts';

describe('the event template', () => {
  it("shows the community's own zone as the example of timezone, and takes a description as its body", () => {
    const text = eventFile({
      title: 'Picnic',
      start: '2010-06-01 12:00',
      venue: 'Park',
      hosts: [],
      attendees: [],
      siteZone: 'Europe/Lisbon',
      description: 'Bring bread.\r\n',
    });
    expect(text).toContain('\n# timezone: Europe/Lisbon ');
    expect(text.endsWith('\n---\nBring bread.\n')).toBe(true);
    expect(validate({ 'content/events/2010-06-01-picnic.md': text }).problems).toEqual([]);
  });

  it('writes a first talk when given one, and shows a commented one when not; both pass the check', () => {
    const base = { title: 'Picnic', start: '2010-06-01 12:00', end: '2010-06-01 16:00', venue: 'Park', hosts: [], attendees: [] };
    const withTalk = eventFile({ ...base, talk: { title: 'Kites: a field guide', speakers: ['kathy'], time: '13:00' } });
    expect(withTalk).toContain('\ntalks:\n  - title: "Kites: a field guide"\n    speakers: [kathy]\n    time: "13:00"\n    # summary:');
    const checked = validate({ 'content/events/2010-06-01-picnic.md': withTalk });
    expect(checked.problems).toEqual([]);
    expect(checked.content.events.find((e) => e.slug === '2010-06-01-picnic')?.speakers).toEqual(['kathy']);
    const without = eventFile(base);
    expect(without).toContain('\n# talks:');
    expect(validate({ 'content/events/2010-06-01-picnic.md': without }).problems).toEqual([]);
  });
});
