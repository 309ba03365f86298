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
});
