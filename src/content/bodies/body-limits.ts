/**
 * Limits on a file as a whole and on a body's shape, checked before any
 * Markdown or MDX parser sees the text: parsers and the sanitizer recurse
 * into nested block quotes, lists and elements, and a body nested thousands
 * deep costs them minutes, gigabytes or the whole call stack (the body then
 * came out empty). Both scans here are one linear pass.
 */
import { lineStarts, positionAt } from '../../base/text-positions.ts';
import type { BodyProblem } from '../report/rules.ts';
import { LIMITS } from '../limits.ts';
import { codePointName } from '../../base/plain-text.ts';

/** Characters that have no business in a text file (tab, line feed and carriage return are fine). */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/;

/** The first control character of a file, with its 1-based position. */
export function findControlCharacter(text: string): { line: number; column: number; code: string } | undefined {
  const m = CONTROL_CHARACTER.exec(text);
  if (!m) return undefined;
  return { ...positionAt(lineStarts(text), m.index), code: codePointName(m[0]) };
}

/** HTML elements that never hold others, or whose end tag may be left out: they do not deepen the nesting. */
const FLAT_ELEMENTS = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rp rt html head body'.split(
    ' ',
  ),
);

/** How deep a line's own prefix nests: block-quote markers, list markers, and indentation (4 columns a level). */
function prefixDepth(line: string): { depth: number; rest: string } {
  let depth = 0;
  let columns = 0;
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (ch === ' ') columns += 1;
    else if (ch === '\t') columns += 4;
    else if (ch === '>') depth++;
    else {
      const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(i, i + 11));
      if (!marker) break;
      depth++;
      i += marker[0].length;
      continue;
    }
    i++;
  }
  return { depth: depth + Math.floor(columns / 4), rest: line.slice(i) };
}

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)[^<>]*?(\/?)>/g;

/** The change an HTML or JSX tag line makes to the element depth, and the deepest it reached. */
function tagDepth(rest: string, depth: number): { depth: number; deepest: number } {
  let deepest = depth;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(rest); m !== null; m = TAG.exec(rest)) {
    const name = (m[2] ?? '').toLowerCase();
    if (m[3] === '/' || FLAT_ELEMENTS.has(name)) continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else deepest = Math.max(deepest, ++depth);
  }
  return { depth, deepest };
}

/** The first line at which a body nests deeper than the limit, if any (one message per body). */
export function checkNesting(body: string): BodyProblem | undefined {
  const limit = LIMITS.nestingDepth;
  let fence: string | undefined;
  let elements = 0;
  let lineNumber = 0;
  for (const line of body.split('\n')) {
    lineNumber++;
    const { depth, rest } = prefixDepth(line);
    const fenceMark = /^(`{3,}|~{3,})/.exec(rest)?.[1];
    if (fence !== undefined) {
      if (fenceMark !== undefined && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMark !== undefined) fence = fenceMark;
    const tags = rest.includes('<') ? tagDepth(rest, elements) : { depth: elements, deepest: elements };
    elements = tags.depth;
    if (depth + tags.deepest > limit) {
      return {
        line: lineNumber,
        column: 1,
        message: `this text is nested ${depth + tags.deepest} levels deep (block quotes, lists and HTML elements inside each other); the most is ${limit}: flatten it`,
        rule: 'nesting-too-deep',
      };
    }
  }
  return undefined;
}
