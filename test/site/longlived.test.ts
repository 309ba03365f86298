/**
 * Twenty years of a made-up city user group (test/fixtures/longlived/):
 * talks, pub nights, online years without join links, a move, old HTML and
 * the text old archives carry. It passes the check as written, builds, and
 * every page validates; talks reach event pages, speakers' pages, JSON-LD
 * and calendars; past events offer no sign-up; calendars hold no Markdown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { mf2 } from 'microformats-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { type LongLivedCommunity, writeLongLivedCommunity } from '../fixtures/longlived/generate.ts';
import { allText, page, runBuild, scratch } from '../helpers/build.ts';
import { escapeHtml } from '../../src/base/escape.ts';
import { wordsFor } from '../../src/words/index.ts';
import { htmlErrorsIn } from '../helpers/html.ts';
import { labelWidth, overlaps } from '../../src/community/labels.ts';

const NOW = '2026-11-21T12:00:00Z';
const dir = scratch('longlived');
const content = join(dir, 'content');
const dist = join(dir, 'dist');
let community: LongLivedCommunity;

beforeAll(() => {
  community = writeLongLivedCommunity(content);
  const build = runBuild(content, dist, { FIRSTHAND_NOW: NOW });
  expect(build.status, build.stdout + build.stderr).toBe(0);
}, 300_000);

/** The JSON-LD of a page. */
function jsonLdOf(html: string): Record<string, unknown> {
  const m = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
  return JSON.parse(m?.[1] ?? '{}') as Record<string, unknown>;
}

describe('a long-lived group, built', () => {
  it('validates on every page', async () => {
    const { pages, errors } = await htmlErrorsIn(dist);
    expect(pages).toBeGreaterThan(600);
    expect(errors).toEqual([]);
  }, 300_000);

  it('shows each talk night its programme, with speakers linked, and gives each talk as a subEvent with its performers', () => {
    const slug = community.moved;
    const html = page(dist, `events/${slug}/`);
    const talks = /<section id="talks"[^>]*>(.*?)<\/section>/s.exec(html)?.[1] ?? '';
    expect(talks).toMatch(/<strong>[^<]+<\/strong>/);
    expect(talks).toMatch(/<a href="\/people\/[a-z0-9_-]+\/">/);
    const ld = jsonLdOf(html);
    expect(ld).toMatchObject({ eventStatus: 'https://schema.org/EventRescheduled', previousStartDate: expect.stringMatching(/^2015-06-04T18:30:00\+01:00$/) });
    const subEvents = ld['subEvent'] as Array<{ name: string; performer?: Array<{ url: string }> }>;
    expect(subEvents.length).toBeGreaterThan(0);
    expect(subEvents.every((s) => s.performer && s.performer.length > 0)).toBe(true);
    expect(html).toContain('Moved from Thursday, 4 June 2015');
    // The speakers of its talks are its speakers, as microformats parsers read the page.
    const event = mf2(html, { baseUrl: 'https://riverside-tech.example/' }).items.find((i) => i.type?.includes('h-event'));
    const attendees = (event?.properties['attendee'] ?? []).map((a) => (typeof a === 'object' && 'properties' in a ? String(a.properties['url']?.[0]) : ''));
    for (const s of subEvents) for (const p of s.performer ?? []) expect(attendees).toContain(p.url);
  });

  it("lists a speaker's talks on their page, newest first, each with its event", () => {
    const ld = jsonLdOf(page(dist, `events/${community.talkNights.at(-2)}/`));
    const speaker = (ld['subEvent'] as Array<{ performer: Array<{ url: string }> }>)[0]?.performer[0]?.url ?? '';
    const html = page(dist, new URL(speaker).pathname.slice(1));
    const section = /<h2 id="gave-talks">.*?<\/section>/s.exec(html)?.[0] ?? '';
    const events = [...section.matchAll(/<a href="\/events\/([^/]+)\/">/g)].map((m) => m[1] ?? '');
    expect(events.length).toBeGreaterThan(0);
    expect(events).toContain(community.talkNights.at(-2));
    expect([...events].sort().reverse()).toEqual(events);
  });

  it('offers no RSVP and no "I\'m going" on a past event, and both are absent from a cancelled one', () => {
    const past = page(dist, `events/${community.pastWithRsvp}/`);
    expect(past).not.toContain('rsvp.example');
    const words = wordsFor('en-GB');
    const going = escapeHtml(words.t('contribute.going'));
    const wasThere = escapeHtml(words.t('contribute.wasThere'));
    for (const slug of [community.pastWithRsvp, ...community.onlineMeetings.slice(0, 3)]) {
      const html = page(dist, `events/${slug}/`);
      expect(html).not.toContain(going);
      expect(html).toContain(wasThere);
    }
    const cancelled = page(dist, `events/${community.cancelled}/`);
    expect(cancelled).not.toContain(going);
    expect(cancelled).not.toContain(wasThere);
    // The one still to come offers both ways in.
    const upcoming = page(dist, `events/${community.talkNights.at(-1)}/`);
    expect(upcoming).toContain(going);
  });

  it('counts online meetings among the meetups held, and says how many were online', () => {
    const home = page(dist, '');
    const held = community.talkNights.length + community.onlineMeetings.length + community.pubNights.length - 2; // the cancelled one and the one still to come
    expect(home).toContain(`<strong>${held}</strong> meetups held`);
    expect(home).toContain(`${community.onlineMeetings.length} of them online`);
  });

  it('writes calendar descriptions as plain text, with the talks', () => {
    const feed = new ICAL.Component(ICAL.parse(readFileSync(join(dist, 'events.ics'), 'utf8')));
    const descriptions = feed.getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('description')));
    expect(descriptions).toHaveLength(community.talkNights.length + community.onlineMeetings.length + community.pubNights.length);
    for (const d of descriptions) {
      expect(d).not.toMatch(/\*\*|^>\s|\]\(|<\/?[a-z]+[ >]|&amp;/m);
    }
    expect(descriptions.filter((d) => d.includes('\nTalks:\n•'))).toHaveLength(community.talkNights.length + community.onlineMeetings.length);
  });

  it("publishes the group's own role addresses where bodies write them, and nothing from an imported UID", () => {
    const about = page(dist, 'about/');
    expect(about).toContain(community.publicEmails[1]);
    const online = readFileSync(join(content, 'events', `${community.onlineMeetings[0]}.md`), 'utf8');
    const uid = /^source: (.+)$/m.exec(online)?.[1] ?? '';
    expect(uid).toMatch(/@meetup\.example$/);
    expect(allText(dist)).not.toContain(uid);
  });

  it('draws who met whom in groups whose names never overlap, and lists everyone drawn, linked', () => {
    const html = page(dist, 'graph/');
    const drawings = [...html.matchAll(/<svg id="group-\d+"[^>]*>(.*?)<\/svg>/gs)].map((m) => m[1] ?? '');
    expect(drawings.length).toBeGreaterThan(1);
    const text = (s: string) =>
      s
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    const drawn: string[] = [];
    for (const svg of drawings) {
      drawn.push(...[...svg.matchAll(/<a href="([^"]+)" class="node"><title>[^<]+<\/title>/g)].map((m) => m[1] ?? ''));
      const boxes = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" text-anchor="(start|end|middle)">([^<]+)<\/text>/g)].map(([, x, y, anchor, name]) => {
        const w = labelWidth(text(name ?? ''));
        // As the layout measures it: a pixel of room before a name's start and after its end.
        const left = anchor === 'start' ? Number(x) - 1 : anchor === 'end' ? Number(x) + 1 - w : Number(x) - w / 2;
        return { x: left, y: Number(y) - 11, w, h: 15 };
      });
      expect(boxes.length).toBeGreaterThan(0);
      for (const [i, b] of boxes.entries()) for (const c of boxes.slice(i + 1)) expect(overlaps(b, c), JSON.stringify([b, c])).toBe(false);
    }
    expect(new Set(drawn).size).toBe(drawn.length);
    expect(drawn.length).toBeGreaterThan(300);
    const inWords = html.slice(html.indexOf('id="in-words"'));
    const listed = [...inWords.matchAll(/<li><a href="([^"]+)">/g)].map((m) => m[1]);
    expect(listed.slice().sort()).toEqual(drawn.slice().sort());
  });
});
