/**
 * "Take the list with you": a person's met list in formats real clients read.
 */
import type { MetEntry } from '../community/meetings.ts';
import type { Person } from '../content/model.ts';
import { formatDate } from '../community/dates.ts';
import { escapeXml } from '../base/escape.ts';
import type { Words } from '../words/index.ts';

/** Mastodon's follow-import CSV (the format of its own "following" export). */
export function mastodonFollowCsv(entries: readonly MetEntry[], people: ReadonlyMap<string, Person>): string | undefined {
  const rows: string[] = [];
  for (const entry of entries) {
    const address = people.get(entry.handle)?.accounts.mastodon;
    if (address) rows.push(`${address.replace(/^@/, '')},true,false,`);
  }
  if (rows.length === 0) return undefined;
  return `Account address,Show boosts,Notify on new posts,Languages\n${rows.join('\n')}\n`;
}

/** Whether someone's met list has anyone to export (cheap: no file is written). */
export function metExports(entries: readonly MetEntry[], people: ReadonlyMap<string, Person>): { csv: boolean; opml: boolean } {
  let csv = false;
  let opml = false;
  for (const entry of entries) {
    const accounts = people.get(entry.handle)?.accounts;
    csv ||= accounts?.mastodon !== undefined;
    opml ||= accounts?.website !== undefined;
    if (csv && opml) break;
  }
  return { csv, opml };
}

/** OPML 2.0 of the websites of the people someone has met, for feed readers and link lists. */
export function metOpml(
  owner: Person,
  entries: readonly MetEntry[],
  people: ReadonlyMap<string, Person>,
  options: { siteName: string; pageUrl: string; created: string; words: Words },
): string | undefined {
  const { words } = options;
  const outlines: string[] = [];
  for (const entry of entries) {
    const p = people.get(entry.handle);
    const site = p?.accounts.website;
    if (!p || !site) continue;
    const how = words.t(entry.inPerson ? 'export.metInPerson' : 'export.metByCallOrVideo', { date: formatDate(entry.first.date, words.locale, 'medium') });
    outlines.push(
      `    <outline text="${escapeXml(p.name)}" title="${escapeXml(p.name)}" type="link" url="${escapeXml(site)}" htmlUrl="${escapeXml(site)}" description="${escapeXml(how)}"/>`,
    );
  }
  if (outlines.length === 0) return undefined;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeXml(words.t('export.metTitle', { name: owner.name, site: options.siteName }))}</title>`,
    `    <dateCreated>${escapeXml(options.created)}</dateCreated>`,
    `    <docs>http://opml.org/spec2.opml</docs>`,
    `    <ownerName>${escapeXml(owner.name)}</ownerName>`,
    `    <ownerId>${escapeXml(options.pageUrl)}</ownerId>`,
    '  </head>',
    '  <body>',
    `    <outline text="${escapeXml(words.t('export.metGroup', { site: options.siteName }))}">`,
    ...outlines.map((o) => `  ${o}`),
    '    </outline>',
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
