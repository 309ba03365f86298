/** Wall-clock times in IANA zones: the same answer on every build machine. */
import { describe, expect, it } from 'vitest';
import { formatEventWhen } from '../../../src/community/dates.ts';
import { addDays, explainUnknownZone, parseNow, parseWallClock, parseZonedTime } from '../../../src/content/fields/time.ts';

const zoned = (value: unknown, zone: string) => {
  const r = parseZonedTime(value, zone);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe('times in zones', () => {
  it('places a late-night time west of UTC on its own local date', () => {
    const t = zoned('2024-07-04 23:30', 'America/Los_Angeles');
    expect(t).toMatchObject({ date: '2024-07-04', time: '23:30', iso: '2024-07-04T23:30:00-07:00' });
    expect(new Date(t.epochMs).toISOString()).toBe('2024-07-05T06:30:00.000Z');
  });

  it('handles zones far east and with half hours', () => {
    expect(zoned('2024-01-01 00:15', 'Pacific/Kiritimati').iso).toBe('2024-01-01T00:15:00+14:00');
    expect(zoned('2024-01-01 09:00', 'Asia/Kolkata').iso).toBe('2024-01-01T09:00:00+05:30');
  });

  it('refuses the skipped hour of the spring-forward night and resolves the repeated one to the first', () => {
    expect(parseZonedTime('2024-03-31 01:30', 'Europe/London')).toEqual({
      ok: false,
      message: '2024-03-31 01:30 does not exist in Europe/London: the clocks go forward that night — did you mean 02:30?',
    });
    expect(zoned('2024-10-27 01:30', 'Europe/London').iso).toBe('2024-10-27T01:30:00+01:00');
  });

  it('reads offsets in every usual spelling', () => {
    for (const v of ['2024-05-01T18:30:00Z', '2024-05-01 18:30Z', '2024-05-01T18:30:00+00:00', '2024-05-01T20:30:00+0200', '2024-05-01T13:30-05']) {
      expect(new Date(zoned(v, 'UTC').epochMs).toISOString()).toBe('2024-05-01T18:30:00.000Z');
    }
  });

  it('reads a Date from a YAML 1.1 parser by its UTC fields, never the machine zone', () => {
    expect(parseWallClock(new Date(Date.UTC(2024, 1, 29)))).toEqual({ ok: true, value: { date: '2024-02-29' } });
    expect(parseWallClock(new Date(Date.UTC(2024, 1, 29, 18, 30, 5)))).toEqual({ ok: true, value: { date: '2024-02-29', time: '18:30:05' } });
  });

  it('knows leap years', () => {
    expect(parseWallClock('2024-02-29').ok).toBe(true);
    expect(parseWallClock('2023-02-29')).toEqual({ ok: false, message: '2023-02-29 is not a real date: February 2023 has 28 days, so day 29 does not exist' });
    expect(parseWallClock('2023-13-01')).toEqual({ ok: false, message: '2023-13-01 is not a real date: there is no month 13' });
  });

  it('reads FIRSTHAND_NOW as an instant and asks for an offset', () => {
    expect(parseNow('2025-01-01T00:00:00Z')).toEqual({ ok: true, value: Date.UTC(2025, 0, 1) });
    expect(parseNow('2025-01-01T00:00:00')).toEqual({ ok: false, message: '"2025-01-01T00:00:00" needs a UTC offset or Z, like 2025-01-01T00:00:00Z' });
  });

  it('adds days across month ends', () => {
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
  });
});

describe('showing event times', () => {
  it('names the zone the event is in, and the date at the venue', () => {
    const start = zoned('2024-03-30 23:30', 'Europe/London');
    const end = zoned('2024-03-31 03:00', 'Europe/London');
    expect(formatEventWhen({ start, end, timezone: 'Europe/London' }, 'en-GB')).toBe('Saturday, 30 March 2024, 23:30 GMT – Sunday, 31 March 2024, 03:00 BST');
  });

  it('shows an all-day event as its dates', () => {
    const start = zoned('2024-06-15', 'Pacific/Kiritimati');
    expect(formatEventWhen({ start, timezone: 'Pacific/Kiritimati' }, 'en-GB')).toBe('Saturday, 15 June 2024 (all day)');
  });
});

describe('online since', async () => {
  const { formatOnlineSince } = await import('../../../src/community/dates.ts');
  it('reads a year, a month or a day', () => {
    expect(formatOnlineSince('2009', 'en')).toBe('2009');
    expect(formatOnlineSince('2010-02', 'en')).toBe('February 2010');
    expect(formatOnlineSince('2013-06-02', 'en')).toBe('Jun 2, 2013');
  });
});

describe('a place name where a zone belongs', () => {
  it('suggests the zone named after it, from the zone database', () => {
    expect(explainUnknownZone('Lisbon')).toBe('unknown time zone "Lisbon" — did you mean "Europe/Lisbon"?');
    expect(explainUnknownZone('Los Angeles')).toBe('unknown time zone "Los Angeles" — did you mean "America/Los_Angeles"?');
    expect(explainUnknownZone('são paulo')).toBe('unknown time zone "são paulo" — did you mean "America/Sao_Paulo"?');
    expect(explainUnknownZone('Berln')).toBe('unknown time zone "Berln" — did you mean "Europe/Berlin"?');
  });

  it('reads a place written with its country, and gives the current name of a renamed zone', () => {
    expect(explainUnknownZone('Lisbon, Portugal')).toBe('unknown time zone "Lisbon, Portugal" — did you mean "Europe/Lisbon"?');
    expect(explainUnknownZone('Kyiv')).toBe('unknown time zone "Kyiv" — did you mean "Europe/Kyiv"?');
    expect(explainUnknownZone('Calcutta')).toBe('unknown time zone "Calcutta" — did you mean "Asia/Kolkata"?');
    expect(explainUnknownZone('Ho Chi Minh')).toBe('unknown time zone "Ho Chi Minh" — did you mean "Asia/Ho_Chi_Minh"?');
  });

  it('guesses nothing for a place without a zone of its own', () => {
    for (const name of ['Porto', 'UTC+1']) expect(explainUnknownZone(name), name).toMatch(/— use an IANA zone name such as/);
  });

  it('asks for a city instead of an abbreviation, which many zones share', () => {
    expect(explainUnknownZone('EST')).toBe(
      'unknown time zone "EST": an abbreviation stands for many places; write the zone of the city where events happen, like "America/New_York"',
    );
    expect(explainUnknownZone('cet')).toMatch(/like "Europe\/Paris"$/);
  });
});
