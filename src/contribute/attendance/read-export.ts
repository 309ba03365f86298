/**
 * An attendee export's bytes as rows of cells, or why they cannot be read.
 * The file is a stranger's: it is refused past a size limit before anything
 * else, decoded strictly (UTF-8, with or without its mark, or UTF-16 as
 * Excel's "Unicode text" writes it; broken bytes are refused, never guessed
 * at), and split by csv-parse with the separator its header line uses.
 * Cells are text and stay text: nothing here evaluates `=HYPERLINK(…)`.
 */
import { CsvError, parse } from 'csv-parse/sync';

/** The largest export read: a meetup of thousands with every column is a few megabytes. */
export const EXPORT_MAX_BYTES = 10 * 1024 * 1024;
/** The longest row read, in characters: a row of an attendee export is a few hundred. */
const ROW_MAX_CHARACTERS = 64 * 1024;
/**
 * The most cells read: 10,000 attendees with 100 columns. Counted as
 * separators and line breaks, quoted or not (an upper bound, in one pass):
 * 10 MB of bare commas or line breaks would otherwise be ten million cells,
 * gigabytes once split.
 */
export const EXPORT_MAX_CELLS = 1_000_000;

export type ReadExport = { ok: true; rows: string[][] } | { ok: false; reason: string };

/** The size refusal, also for a caller that knows the size before reading the file. */
export function tooLarge(bytes: number): string | undefined {
  return bytes > EXPORT_MAX_BYTES
    ? `the export is ${bytes} bytes, over the ${EXPORT_MAX_BYTES / 1024 / 1024} MB an attendee export can be: export the one event's attendees`
    : undefined;
}

/** The encoding the bytes say they are in, by their byte-order mark or the zero bytes of UTF-16 text without one. */
function encodingOf(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // Without a mark, ASCII header letters in UTF-16 come with a zero byte each, on one side.
  if (bytes.length >= 4 && bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) return 'utf-16le';
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0) return 'utf-16be';
  return 'utf-8';
}

/** The text of the bytes (without its byte-order mark), or why it is not text. */
export function decodeExport(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: string } {
  const size = tooLarge(bytes.length);
  if (size) return { ok: false, reason: size };
  // A zip's signature: the workbook itself (.xlsx), not its CSV.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return { ok: false, reason: 'the export cannot be read: it is a spreadsheet workbook (.xlsx), not CSV: download the CSV, or save it as "CSV UTF-8"' };
  const encoding = encodingOf(bytes);
  let text: string;
  try {
    // The decoder drops the byte-order mark itself.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const how =
      encoding === 'utf-8'
        ? 'it is not UTF-8 (a spreadsheet may have saved it in an older encoding): save it again as "CSV UTF-8"'
        : `it starts as ${encoding.toUpperCase()} text but has bytes that are not: export it again`;
    return { ok: false, reason: `the export cannot be read: ${how}` };
  }
  if (text.includes('\0'))
    return { ok: false, reason: 'the export cannot be read: it holds zero bytes, so it is not a text file (is it a spreadsheet, .xlsx?)' };
  return { ok: true, text };
}

/** The separator the header line uses most, outside quotes: `,`, `;` (European spreadsheets) or a tab (Excel's "Unicode text"). */
export function separatorOf(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of text.slice(0, ROW_MAX_CHARACTERS)) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  const [best] = (Object.entries(counts) as Array<[',' | ';' | '\t', number]>).sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

/** How many cells the text can hold at most: one more than its separators and line breaks. */
function cellsAtMost(text: string, separator: string): number {
  let count = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === separator.charCodeAt(0)) count++;
  }
  return count;
}

/** The bytes of an export as rows of cells, its header row first. */
export function readExport(bytes: Uint8Array): ReadExport {
  const decoded = decodeExport(bytes);
  if (!decoded.ok) return decoded;
  const separator = separatorOf(decoded.text);
  if (cellsAtMost(decoded.text, separator) > EXPORT_MAX_CELLS)
    return { ok: false, reason: `the export has more than ${EXPORT_MAX_CELLS} cells, more than an attendee export holds: export the one event's attendees` };
  try {
    const rows = parse(decoded.text, {
      delimiter: separator,
      // Rows of different lengths are a spreadsheet's habit (trailing empty cells left out), not an error.
      relax_column_count: true,
      // A quote inside an unquoted cell (Ben "the pen" Ortiz) is part of the name.
      relax_quotes: true,
      // Empty lines are kept (and passed over later) so that rows are numbered as a spreadsheet numbers them.
      max_record_size: ROW_MAX_CHARACTERS,
    }) as string[][];
    return { ok: true, rows };
  } catch (error) {
    // csv-parse's own message quotes the cell it stopped at: the line number is enough, and private data is not repeated.
    if (error instanceof CsvError) {
      const line = typeof error['lines'] === 'number' ? error['lines'] : undefined;
      const near = line ? ` near line ${line}` : '';
      if (error.code === 'CSV_MAX_RECORD_SIZE')
        return { ok: false, reason: `the export cannot be read: a row${near} is longer than the ${ROW_MAX_CHARACTERS} characters a row can be` };
      return { ok: false, reason: `the export cannot be read as CSV${near} (${error.code}): export it again` };
    }
    throw error;
  }
}
