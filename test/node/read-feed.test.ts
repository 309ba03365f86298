/**
 * Reading a feed as a stranger's file (node/import/read-feed.ts): the size
 * limit, UTF-8 only, and an https address that may not lead to a file, to
 * plain http or to this machine. No test touches the network: the resolver
 * and the one request are handed in, and the real rule about addresses is
 * asserted on its own.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Answer, decodeFeed, type FetchOnce, isPrivateAddress, MAX_FEED_BYTES, readFeedSource } from '../../src/node/import/read-feed.ts';
import { scratch } from '../helpers/build.ts';

const folder = scratch('read-feed');
const CALENDAR = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';

/** A server's answers by address, for the one request read-feed makes at a time. */
function server(answers: Record<string, Partial<Answer> & { text?: string }>): { fetchOnce: FetchOnce; asked: string[] } {
  const asked: string[] = [];
  const fetchOnce: FetchOnce = async (url) => {
    asked.push(url.href);
    const answer = answers[url.href];
    if (!answer) throw new Error('no such page');
    const text = answer.text ?? '';
    return { status: 200, body: answer.body ?? once(new TextEncoder().encode(text)), cancel: () => {}, ...answer };
  };
  return { fetchOnce, asked };
}
async function* once(bytes: Uint8Array) {
  yield bytes;
}
const publicHost = async () => ['93.184.215.14'];

describe('the addresses import never fetches', () => {
  it('are loopback, private, link-local, unique-local and unspecified ones, IPv4 written as IPv6 too', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '0.0.0.0',
      '100.64.0.1',
      '::1',
      '::',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
    ])
      expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c', '172.32.0.1']) expect(isPrivateAddress(a), a).toBe(false);
  });
});

describe('readFeedSource', () => {
  it('reads a file, and refuses one over the limit before reading it', async () => {
    const small = join(folder, 'small.ics');
    writeFileSync(small, CALENDAR);
    expect(await readFeedSource(small)).toEqual({ name: small, text: CALENDAR });
    const huge = join(folder, 'huge.ics');
    writeFileSync(huge, Buffer.alloc(20 * 1024 * 1024, 'A'));
    await expect(readFeedSource(huge)).rejects.toThrow(`${huge} is 20.0 MB: import reads calendars of up to 10.0 MB`);
    expect(MAX_FEED_BYTES).toBe(10 * 1024 * 1024);
  });

  it('says where a byte is not UTF-8, and reads a character a fold cut in two', () => {
    const broken = new Uint8Array([...new TextEncoder().encode('BEGIN:VCALENDAR\r\nSUMMARY:Caf'), 0xe9, 0x0d, 0x0a]);
    expect(() => decodeFeed(broken, 'feed.ics')).toThrow(/^feed\.ics:2:12: the feed is not UTF-8 text/);
    const é = new TextEncoder().encode('é');
    const folded = new Uint8Array([...new TextEncoder().encode('SUMMARY:Caf'), é[0] as number, 0x0d, 0x0a, 0x20, é[1] as number, 0x0d, 0x0a]);
    expect(decodeFeed(folded, 'feed.ics')).toBe('SUMMARY:Café\r\n');
  });

  it('fetches an https address, following redirects to https', async () => {
    const { fetchOnce, asked } = server({
      'https://cal.example/feed': { status: 301, location: '/feed.ics' },
      'https://cal.example/feed.ics': { text: CALENDAR },
    });
    expect(await readFeedSource('https://cal.example/feed', { fetchOnce, resolve: publicHost })).toEqual({ name: 'https://cal.example/feed', text: CALENDAR });
    expect(asked).toEqual(['https://cal.example/feed', 'https://cal.example/feed.ics']);
  });

  it('refuses http, a redirect to file: or http:, and a host on this machine or a private network', async () => {
    const { fetchOnce } = server({
      'https://cal.example/to-file': { status: 302, location: 'file:///etc/passwd' },
      'https://cal.example/to-http': { status: 302, location: 'http://cal.example/feed.ics' },
      'https://cal.example/to-inside': { status: 302, location: 'https://inside.example/feed.ics' },
    });
    const resolve = async (host: string) =>
      host === 'inside.example' ? ['93.184.215.14', '10.0.0.7'] : host === 'localhost' ? ['127.0.0.1'] : ['93.184.215.14'];
    const read = (address: string) => readFeedSource(address, { fetchOnce, resolve });
    await expect(read('http://cal.example/feed.ics')).rejects.toThrow(/^http: addresses are not fetched: import reads an https:\/\/ address or a file/);
    await expect(read('https://cal.example/to-file')).rejects.toThrow(/^file: addresses are not fetched \(https:\/\/cal\.example\/to-file redirects there\)/);
    await expect(read('https://cal.example/to-http')).rejects.toThrow(/^http: addresses are not fetched/);
    await expect(read('https://cal.example/to-inside')).rejects.toThrow(/^inside\.example is 10\.0\.0\.7, an address on this machine or a private network/);
    await expect(read('https://localhost/feed.ics')).rejects.toThrow(/^localhost is 127\.0\.0\.1/);
    await expect(read('https://[::1]/feed.ics')).rejects.toThrow(/^\[::1\] is ::1/);
    await expect(read('https://169.254.169.254/latest')).rejects.toThrow(/^169\.254\.169\.254 is 169\.254\.169\.254/);
  });

  it('stops reading a body past the limit, and gives up on a server that does not answer in time', async () => {
    let cancelled = false;
    async function* endless() {
      for (;;) yield new Uint8Array(64 * 1024);
    }
    const { fetchOnce } = server({ 'https://cal.example/huge': { body: endless(), cancel: () => (cancelled = true) } });
    await expect(readFeedSource('https://cal.example/huge', { fetchOnce, resolve: publicHost, maxBytes: 1024 * 1024 })).rejects.toThrow(
      /^https:\/\/cal\.example\/huge is larger than 1\.0 MB/,
    );
    expect(cancelled).toBe(true);
    const silent: FetchOnce = (_url, _resolve, signal) => new Promise((_, fail) => signal.addEventListener('abort', () => fail(new Error('aborted'))));
    await expect(readFeedSource('https://cal.example/slow', { fetchOnce: silent, resolve: publicHost, timeoutMs: 50 })).rejects.toThrow(
      /did not answer within/,
    );
  });
});
