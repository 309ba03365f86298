/**
 * E-mail addresses and phone numbers in text (docs/content-format.md, "Privacy":
 * no field holds either, and nothing the site publishes reveals one, but for
 * the community's own addresses listed in site.yaml's public_emails, which a
 * body may show). What is a phone number is phone-numbers.ts's to tell.
 *
 * Text is first folded the way a reader's eye (or a harvester) would read it:
 * HTML character references decoded, invisible characters dropped, full-width
 * forms made plain (NFKC), and "[at]" / "(dot)" read as "@" and ".". Every
 * step and every scan is linear in the text, with bounded look-around, so a
 * hostile 1 MB field costs milliseconds.
 */
import type { BodyProblem } from '../report/rules.ts';
import { phoneAt, startsNumber } from './phone-numbers.ts';

/** Something private found in a text, at a 0-based offset of the original text. */
export interface PrivateDataFinding {
  kind: 'email' | 'phone';
  index: number;
  /** What was found, as it reads after folding. */
  value: string;
}

/** Zero-width and soft-hyphen characters a reader never sees. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/;
const NAMED_REFERENCES: ReadonlyMap<string, string> = new Map([
  ['commat', '@'],
  ['period', '.'],
  ['plus', '+'],
  ['hyphen', '-'],
  ['dash', '-'],
  ['lpar', '('],
  ['rpar', ')'],
  ['amp', '&'],
  ['nbsp', ' '],
]);
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z]{2,8}));?/y;
const SPELLED_OUT = / {0,3}[[({<] {0,3}(at|dot) {0,3}[\])}>] {0,3}/iy;

/** Printable ASCII and tabs only: no references, invisible or full-width characters to fold. */
const PLAIN_ASCII = /^[\t\x20-\x25\x27-\x7E]*$/;
/** A spelled-out "[at]" or "(dot)" anywhere (SPELLED_OUT without its optional leading spaces). */
const ANY_SPELLED_OUT = /[[({<] {0,3}(?:at|dot) {0,3}[\])}>]/i;

/**
 * The text as a reader sees it, with the original offset of every character.
 * Most text is plain ASCII with nothing to fold: it reads as written.
 */
function fold(text: string): { folded: string; origin: (i: number) => number } {
  if (PLAIN_ASCII.test(text) && !ANY_SPELLED_OUT.test(text)) return { folded: text, origin: (i) => i };
  const folded = foldEach(text);
  return { folded: folded.folded, origin: (i) => folded.origin[i] ?? 0 };
}

/** `fold`, character by character. */
function foldEach(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  const push = (s: string, at: number): void => {
    folded += s;
    for (let k = 0; k < s.length; k++) origin.push(at);
  };
  for (let i = 0; i < text.length; ) {
    const ch = text[i] as string;
    if (ch === '&') {
      REFERENCE.lastIndex = i;
      const m = REFERENCE.exec(text);
      const decoded = m ? decodeReference(m) : undefined;
      if (m && decoded !== undefined) {
        push(decoded, i);
        i += m[0].length;
        continue;
      }
    }
    if (ch === ' ' || ch === '[' || ch === '(' || ch === '{' || ch === '<') {
      SPELLED_OUT.lastIndex = i;
      const m = SPELLED_OUT.exec(text);
      if (m) {
        push(m[1]?.toLowerCase() === 'at' ? '@' : '.', i);
        i += m[0].length;
        continue;
      }
    }
    const code = text.codePointAt(i) as number;
    const char = String.fromCodePoint(code);
    if (!INVISIBLE.test(char)) push(char.normalize('NFKC'), i);
    i += char.length;
  }
  return { folded, origin };
}

function decodeReference(m: RegExpExecArray): string | undefined {
  if (m[3] !== undefined) return NAMED_REFERENCES.get(m[3].toLowerCase());
  const code = m[1] !== undefined ? Number(m[1]) : parseInt(m[2] ?? '', 16);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code).normalize('NFKC') : undefined;
}

const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;

/** The e-mail address around an `@`, if it is one (`@amy@mastodon.social` is a fediverse handle, not an address). */
function emailAt(text: string, at: number): { start: number; value: string } | undefined {
  let start = at;
  while (start > 0 && at - start < 64 && LOCAL_CHAR.test(text[start - 1] as string)) start--;
  if (start === at || text[start - 1] === '@') return undefined;
  let end = at + 1;
  while (end < text.length && end - at < 255 && DOMAIN_CHAR.test(text[end] as string)) end++;
  const domain = text.slice(at + 1, end).replace(/[.-]+$/, '');
  if (!/^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(domain)) return undefined;
  return { start, value: `${text.slice(start, at)}@${domain}` };
}

/** A link's address written out, in a link or bare (http, https, www., mailto:): digits in it are part of the address (an ISBN in a query), never a phone number. */
const LINK_ADDRESS = /\b(?:https?:\/\/|www\.|mailto:)[^\s<>"'`)\]]+/gi;

/** Where an address (`@`) or a phone number (a digit, `+` or `(`) may be. */
const CANDIDATE = /[@0-9+(]/g;

/** No address is the community's own: what every field is read with. */
const NO_PUBLIC_EMAILS: ReadonlySet<string> = new Set();

/**
 * The first e-mail address or phone number in a text, if any. `publicEmails`
 * (lower case) are the community's own addresses, which a body may show: they
 * are passed over, and only they, matched whole (talks@grow.example.org, not
 * talks@grow.example.org.evil.example).
 */
export function findPrivateData(text: string, publicEmails: ReadonlySet<string> = NO_PUBLIC_EMAILS): PrivateDataFinding | undefined {
  if (!/[@&0-9\uFF10-\uFF20\u0660-\u0669[({<]/.test(text)) return undefined;
  const { folded, origin } = fold(text);
  const addresses = /(?:https?:\/\/|www\.|mailto:)/i.test(folded)
    ? [...folded.matchAll(LINK_ADDRESS)].map((a) => [a.index, a.index + a[0].length] as const)
    : [];
  // Candidates come in order, so the addresses are walked once.
  let next = 0;
  const inAddress = (i: number): boolean => {
    while (next < addresses.length && (addresses[next] as readonly [number, number])[1] <= i) next++;
    return next < addresses.length && (addresses[next] as readonly [number, number])[0] <= i;
  };
  let resume = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(folded); m; m = CANDIDATE.exec(folded)) {
    const i = m.index;
    if (m[0] === '@') {
      const email = emailAt(folded, i);
      if (email && !publicEmails.has(email.value.toLowerCase())) return { kind: 'email', index: origin(email.start), value: email.value };
    } else if (i >= resume && startsNumber(folded, i) && !inAddress(i)) {
      const run = phoneAt(folded, i);
      if (run.phone) return { kind: 'phone', index: origin(run.phone.index), value: run.phone.value };
      resume = run.resume;
    }
  }
  return undefined;
}

/**
 * A value that is one e-mail address and nothing else, in lower case (how
 * `public_emails` are compared), or undefined: the same reading the scan
 * makes, so that a listed address is one the scan finds whole.
 */
export function emailAddressOf(value: string): string | undefined {
  const email = emailAt(value, value.indexOf('@'));
  return email?.start === 0 && email.value === value ? value.toLowerCase() : undefined;
}

/**
 * The editor-facing words for a finding. In a body (and a plain-text file it
 * links) the community's own addresses may be shown once listed, so the words
 * say how, without inviting a member's address in.
 */
export function explainPrivateData(finding: PrivateDataFinding, inBody = false): string {
  const shown = finding.value.length > 60 ? `${finding.value.slice(0, 59)}…` : finding.value;
  if (finding.kind === 'phone') {
    return `"${shown}" looks like a phone number, and the site never publishes one: remove it (if it is something else, such as an order number, write it in another way)`;
  }
  return inBody
    ? `"${shown}" is an e-mail address, and the site never publishes a member's: remove it (link a website or an account instead), or, if this is the community's own address (like talks@…), list it in site.yaml's public_emails`
    : `"${shown}" is an e-mail address, and the site never publishes one: remove it (link a website or an account instead)`;
}

/** Every line of a body that holds an e-mail address (other than the community's own) or a phone number: one message a line. */
export function checkBodyPrivateData(body: string, publicEmails: ReadonlySet<string>): BodyProblem[] {
  const problems: BodyProblem[] = [];
  let line = 0;
  for (const text of body.split('\n')) {
    line++;
    const finding = findPrivateData(text, publicEmails);
    if (finding) problems.push({ line, column: finding.index + 1, message: explainPrivateData(finding, true), rule: 'private-data' });
  }
  return problems;
}
