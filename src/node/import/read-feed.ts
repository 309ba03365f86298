/**
 * A calendar feed's text, from a file or an https address, read as a
 * stranger's file: at most 10 MB (a file's size is looked at before it is
 * read; a download stops past the limit), UTF-8 only (a broken byte is said
 * with its line and column), within 30 seconds.
 *
 * An address is fetched over https only, each redirect followed by hand (at
 * most five, each to https again), and never to a host on this machine or a
 * private network: every address a host name resolves to is looked at, and
 * the connection itself goes through the same check (https.request's
 * `lookup`), so a name that answers differently the second time is refused
 * too.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { statSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { refusal } from '../../base/failure.ts';

/** The largest feed import reads. */
export const MAX_FEED_BYTES = 10 * 1024 * 1024;
const MAX_REDIRECTS = 5;
const TIMEOUT_MS = 30_000;

/** Loopback, private, link-local, unique-local, shared and unspecified addresses: none of them is a stranger's calendar. */
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6');

/** True for an address on this machine or a private network (an IPv4 address written as IPv6 is read as IPv4). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isPrivateAddress(mapped);
  const family = isIP(address);
  if (family === 0) return true;
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Resolves a host name to every address it has. */
export type Resolve = (host: string) => Promise<string[]>;

const systemResolve: Resolve = (host) =>
  new Promise((done, fail) =>
    dnsLookup(host, { all: true }, (error, addresses: LookupAddress[]) => (error ? fail(error) : done(addresses.map((a) => a.address)))),
  );

/** One answer of a server: its status, where it redirects, and its body as it arrives. */
export interface Answer {
  status: number;
  location?: string | undefined;
  body: AsyncIterable<Uint8Array>;
  /** Stops reading the body. */
  cancel(): void;
}

/** Asks for one address, without following redirects. */
export type FetchOnce = (url: URL, resolve: Resolve, signal: AbortSignal) => Promise<Answer>;

export interface ReadOptions {
  resolve?: Resolve;
  fetchOnce?: FetchOnce;
  maxBytes?: number;
  timeoutMs?: number;
}

/** The feed's name for messages, and its text. */
export async function readFeedSource(given: string, options: ReadOptions = {}): Promise<{ name: string; text: string }> {
  const maxBytes = options.maxBytes ?? MAX_FEED_BYTES;
  if (/^[a-z][a-z0-9+.-]+:/i.test(given)) return { name: given, text: decodeFeed(await download(given, options, maxBytes), given) };
  let size: number;
  try {
    size = statSync(given).size;
  } catch {
    throw refusal(`no calendar file at ${given}: give an .ics file or an https:// address`);
  }
  if (size > maxBytes) throw refusal(tooLarge(given, `is ${megabytes(size)}`, maxBytes));
  return { name: given, text: decodeFeed(readFileSync(given), given) };
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const tooLarge = (name: string, size: string, maxBytes: number) =>
  `${name} ${size}: import reads calendars of up to ${megabytes(maxBytes)}, and a community's feed is far smaller. Nothing was written.`;

/** The text of a feed's bytes: UTF-8 (a BOM is dropped), or a refusal saying where the first broken byte is. */
export function decodeFeed(bytes: Uint8Array, name: string): string {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  try {
    return strict.decode(bytes);
  } catch {
    // Some writers fold lines at 75 octets inside a character: unfolded as bytes (RFC 5545 3.1), the character is whole again.
    try {
      return strict.decode(unfoldBytes(bytes));
    } catch {}
    const text = new TextDecoder('utf-8').decode(bytes);
    const at = text.indexOf('\uFFFD');
    const before = text.slice(0, Math.max(at, 0));
    const line = before.split(/\r\n|\n|\r/).length;
    const column = before.length - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
    throw refusal(`${name}:${line}:${column}: the feed is not UTF-8 text (a byte there is not a character): save or export it as UTF-8. Nothing was written.`);
  }
}

/** The bytes with every folded line joined again: CRLF (or LF) followed by a space or tab removed. */
function unfoldBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const crlf = bytes[i] === 13 && bytes[i + 1] === 10 ? 2 : bytes[i] === 10 ? 1 : 0;
    if (crlf > 0 && (bytes[i + crlf] === 32 || bytes[i + crlf] === 9)) {
      i += crlf;
      continue;
    }
    out[n++] = bytes[i] as number;
  }
  return out.subarray(0, n);
}

/** The body at an https address, redirects followed by hand, within the size limit and the time. */
async function download(given: string, options: ReadOptions, maxBytes: number): Promise<Uint8Array> {
  const resolve = options.resolve ?? systemResolve;
  const fetchOnce = options.fetchOnce ?? httpsOnce;
  const signal = AbortSignal.timeout(options.timeoutMs ?? TIMEOUT_MS);
  let url = safeUrl(given, given);
  for (let hops = 0; ; hops++) {
    await refusePrivateHost(url, resolve);
    let answer: Answer;
    try {
      answer = await fetchOnce(url, resolve, signal);
    } catch (error) {
      throw refusal(
        signal.aborted
          ? `${given} did not answer within ${Math.round((options.timeoutMs ?? TIMEOUT_MS) / 1000)} seconds. Nothing was written.`
          : `${given} could not be read: ${(error as Error).message}. Nothing was written.`,
      );
    }
    if (answer.status >= 300 && answer.status < 400 && answer.location !== undefined) {
      answer.cancel();
      if (hops === MAX_REDIRECTS) throw refusal(`${given} redirects more than ${MAX_REDIRECTS} times. Nothing was written.`);
      url = safeUrl(new URL(answer.location, url).href, given);
      continue;
    }
    if (answer.status !== 200) {
      answer.cancel();
      throw refusal(`${given} answered ${answer.status}, not a calendar. Nothing was written.`);
    }
    return readBody(answer, given, maxBytes, signal);
  }
}

/** An address import may fetch: https only (a redirect to file:, http: or anything else is refused). */
function safeUrl(address: string, given: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw refusal(`${given}: "${address}" is not an address. Nothing was written.`);
  }
  if (url.protocol !== 'https:') {
    const via = address === given ? '' : ` (${given} redirects there)`;
    throw refusal(`${url.protocol.replace(/:$/, '')}: addresses are not fetched${via}: import reads an https:// address or a file. Nothing was written.`);
  }
  return url;
}

/** Refuses a host that is, or resolves to, an address on this machine or a private network. */
async function refusePrivateHost(url: URL, resolve: Resolve): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await resolve(host);
  } catch {
    throw refusal(`${url.host} cannot be found (no address for it). Nothing was written.`);
  }
  if (addresses.length === 0) throw refusal(`${url.host} cannot be found (no address for it). Nothing was written.`);
  const inside = addresses.find(isPrivateAddress);
  if (inside !== undefined)
    throw refusal(`${url.host} is ${inside}, an address on this machine or a private network: import only reads public https addresses. Nothing was written.`);
}

async function readBody(answer: Answer, given: string, maxBytes: number, signal: AbortSignal): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of answer.body) {
      total += chunk.length;
      if (total > maxBytes) {
        answer.cancel();
        throw refusal(tooLarge(given, `is larger than ${megabytes(maxBytes)}`, maxBytes));
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (signal.aborted) throw refusal(`${given} did not finish sending the feed in time. Nothing was written.`);
    throw error;
  }
  return Buffer.concat(chunks);
}

/** The real request: https, the connection's own lookup checked again, no redirect followed. */
const httpsOnce: FetchOnce = (url, resolve, signal) =>
  new Promise((done, fail) => {
    const lookup: LookupFunction = (host, _options, callback) => {
      resolve(host).then(
        (addresses) => {
          const address = addresses[0];
          if (address === undefined || addresses.some(isPrivateAddress)) callback(new Error(`${host} resolves to a private address`), '', 4);
          else callback(null, address, isIP(address));
        },
        (error: Error) => callback(error as NodeJS.ErrnoException, '', 4),
      );
    };
    const req = request(url, { lookup, signal, headers: { accept: 'text/calendar, */*;q=0.5' } }, (res) => {
      done({ status: res.statusCode ?? 0, location: res.headers.location, body: res, cancel: () => res.destroy() });
    });
    req.on('error', fail);
    req.end();
  });
