/**
 * Phone numbers in text (docs/content-format.md, "Privacy"), told apart from
 * the other numbers a meetup's pages are full of: dates with their times,
 * ranges of years and dates, prices, ISBNs, coordinates, versions and counts.
 * Every check reads a bounded stretch of text (a run of at most 40
 * characters, and a few characters either side of it), so a scan over a
 * whole text stays linear.
 */

/** What a phone number is written with: digits, and spaces, dashes, dots, slashes and brackets between them (a no-break space is a space once folded). */
const RUN_CHAR = /[0-9 \-./()]/;
const RUN_LENGTH = 40;

// Numbers that are never phone numbers, each read whole: a run that starts with them is read on after them.
const DATE = String.raw`\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})|\d{1,2}[/.]\d{4}`;
const YEARS = String.raw`(?:19|20)\d\d[-/](?:(?:19|20)\d\d|\d\d)`;
const IPV4 = String.raw`[1-9]\d{0,2}(?:\.\d{1,3}){3}`;
/** A decimal with a point (a coordinate, 51.5074): phone numbers with dots have two or more. */
const DECIMAL = String.raw`\d{1,3}\.\d{3,}`;
const TIME = String.raw`(?:[01]?\d|2[0-3])\.[0-5]\d`;
const ITEM = `(?:${DATE}|${YEARS}|${IPV4}|${DECIMAL}|${TIME})`;
/** One such number, or a range of two (2009-02-25/2009-02-27, 18.30-21.00), ending where the run ends or at a space; and the dash of a range after it. */
const LEADING_HARMLESS = new RegExp(`^-?${ITEM}(?:[-/]${ITEM})?(?= |$) *(?:- *)?`);

/** A national number: a trunk prefix starting with 0, then the subscriber's number (089 12345678, 030/1234567, 07700 900123). */
const TRUNK_AND_NUMBER = /^\(?0\d{1,4}\)?[ /-]\d{5,9}$/;
/** Thousands with dots (1.234.567), or a round sum with spaces (125 000 000). */
const AMOUNT = /^\d{1,3}(?:\.\d{3})+$|^\d{1,3}(?: \d{3})* 000(?:\.\d\d)?$/;

/** The phone number a run of digits and separators (no letters) holds, after any dates, times or ranges it starts with; undefined for none. */
function phoneInRun(run: string): string | undefined {
  // An opening bracket around the whole run ("(020-1234567)") is not part of the number.
  let rest = run.startsWith('(') && !run.includes(')') ? run.slice(1) : run;
  // A date with its time after it (25.02.2009 18.30), a range of dates: what follows them is read on its own.
  for (let m = LEADING_HARMLESS.exec(rest); m; m = LEADING_HARMLESS.exec(rest)) rest = rest.slice(m[0].length);
  return looksLikePhoneNumber(rest) ? rest : undefined;
}

/** Whether a run of digits and separators, from its first digit, reads as one phone number. */
function looksLikePhoneNumber(rest: string): boolean {
  const groups = rest.match(/\d+/g) ?? [];
  const digits = groups.join('').length;
  if (digits < 7 || digits > 15) return false;
  if (rest.startsWith('+')) return digits >= 8;
  if (groups.length === 1) return /^0\d{9,10}$|^00\d{9,13}$/.test(rest);
  if (groups.length === 2) return digits >= 10 && digits <= 11 && TRUNK_AND_NUMBER.test(rest);
  if (digits < 9 || groups.length > 6) return false;
  const [g0 = '', g1 = '', g2 = ''] = groups;
  const isDate =
    (/^(?:19|20)\d\d$/.test(g0) && g1.length <= 2) || (g0.length <= 2 && g1.length <= 2 && (g2.length === 4 || g2.length === 2) && groups.length === 3);
  const isYears = groups.every((g) => /^(?:19|20)\d\d$/.test(g));
  // Room 1 2 3 4 5 6 7 8 9: a list of small numbers, not the groups of one number.
  const isList = groups.filter((g) => g.length === 1).length > 2;
  const groupsFit = groups.every((g) => g.length <= 5) && groups.filter((g) => g.length === 5).length <= 1;
  return !isDate && !AMOUNT.test(rest) && !isYears && !isList && groupsFit;
}

/** Where a digit begins a number of its own: not a part after a dash, dot or slash (the 27 of 2009-02-27). */
export function startsNumber(text: string, i: number): boolean {
  if (i === 0) return true;
  const before = text[i - 1] as string;
  // A digit after "(" is read from the bracket ("(555) 123-4567"); a "+" after it starts its own run ("(+1 555 123 4567)").
  if (/[0-9+]/.test(before) || (before === '(' && text[i] !== '+')) return false;
  return !(/[-./]/.test(before) && /\d/.test(text[i - 2] ?? ''));
}

/** A label that names the number after it as something else: ISBN, ISBN-13 (or its dash, before the 13), ISSN, DOI. */
const LABEL_BEFORE = /\b(?:ISBN(?:-?1[03])?|ISSN|DOI)[\s:-]*$/i;
const CODES = 'USD|EUR|GBP|CHF|CAD|AUD|NZD|JPY|BRL|MXN|SEK|NOK|DKK|PLN|INR';
/** A currency before a number (€ 25, USD 1500, R$ 1.500) or after it (1.500 €, 2 000 000 euros): a price. */
const CURRENCY_BEFORE = new RegExp(`(?:[$£€¥₹₩₽]|\\b(?:${CODES})) ?$`);
const CURRENCY_AFTER = new RegExp(`^ ?(?:[$£€¥₹₩₽]|(?:${CODES}|euros?|dollars?|pounds?|francs?|reais)\\b)`, 'i');

/** Whether digits and an X are a valid ISBN-10 or ISBN-13, by its check digit. */
function isbnChecks(chars: string): boolean {
  const value = (c: string): number => (c === 'X' ? 10 : Number(c));
  let sum = 0;
  if (chars.length === 10) {
    for (let k = 0; k < 10; k++) sum += (10 - k) * value(chars[k] as string);
    return sum % 11 === 0;
  }
  if (chars.length !== 13 || chars.includes('X')) return false;
  for (let k = 0; k < 13; k++) sum += (k % 2 === 0 ? 1 : 3) * value(chars[k] as string);
  return sum % 10 === 0;
}

/**
 * An ISBN written with dashes and no label (978-0-321-48079-1, 0-8044-2957-X):
 * its check digit holds, and it has an ISBN's shape, which no phone number
 * has (13 digits from 978 or 979, or 10 in four parts).
 */
function isIsbn(run: string, after: string): boolean {
  if (!/^[\d-]+$/.test(run)) return false;
  const check = /^-?X(?![\p{L}\p{N}])/iu.test(after) ? 'X' : '';
  const parts = run.split('-').length + (check ? 1 : 0);
  const chars = run.replace(/-/g, '') + check;
  const shaped = (chars.length === 13 && /^97[89]/.test(chars)) || (chars.length === 10 && parts === 4);
  return shaped && isbnChecks(chars);
}

/** What a run starting at a digit, `+` or `(` is: a phone number, or where the scan goes on (inside the run, or past a run that is a whole ISBN or price). */
export interface PhoneRun {
  /** The phone number, as written, and where it starts. */
  phone?: { value: string; index: number };
  resume: number;
}

/** The phone number starting at `start` (where `startsNumber` holds), if it is one. */
export function phoneAt(text: string, start: number): PhoneRun {
  let end = start + 1;
  while (end < text.length && end - start < RUN_LENGTH && RUN_CHAR.test(text[end] as string)) end++;
  let last = end;
  while (last > start && !/\d/.test(text[last - 1] as string)) last--;
  const run = text.slice(start, last);
  const next = { resume: start + 1 };
  // Part of a longer word or number (a slug, an order code, v2.0.1): not a phone number on its own.
  const glued = (i: number): boolean => i >= 0 && i < text.length && /[\p{L}\p{N}_/#]/u.test(text[i] as string);
  if (glued(start - 1) || glued(last)) return next;
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(last, last + 9);
  // The whole run is an ISBN or a price, the parts after its spaces too (ISBN 0 321 48079 1).
  if (LABEL_BEFORE.test(before) || CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after) || isIsbn(run, after)) return { resume: last };
  const phone = phoneInRun(run);
  return phone === undefined ? next : { phone: { value: phone, index: last - phone.length }, resume: last };
}
