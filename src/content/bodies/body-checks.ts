/**
 * Checks of the Markdown/MDX body: link schemes, and MDX that must stay content
 * (no import/export, no {expressions}, components only from Firsthand's set).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { MDX_COMPONENT_SPECS, type ComponentSpec } from './mdx-components.ts';
import type { BodyProblem } from '../report/rules.ts';
import { explainSvgPicture } from '../fields/pictures.ts';
import { lineStarts, positionAt } from '../../base/text-positions.ts';
import { didYouMean } from '../../base/suggest.ts';

/** A component used in MDX whose attribute names something in the content. */
export interface ComponentReference {
  line: number;
  column: number;
  component: string;
  attribute: string;
  refers: 'person' | 'event';
  value: string;
}

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/** Places in Markdown and raw HTML where a link target is written. */
const LINK_TARGETS: RegExp[] = [
  /\]\(\s*<?([^)\s>]+)/g, // [text](target) and ![alt](target)
  /^[ \t]{0,3}\[(?!\^)[^\]\n]+\]:[ \t]*<?([^\s>]+)/gm, // [label]: target (not a footnote's [^label]: words)
  /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/g, // <scheme:...> autolinks
  /\b(?:href|src|action|formaction|poster|xlink:href|background|cite|data)\s*=\s*["']?\s*([^"'\s>]+)/gi, // raw HTML attributes
];

/** The scheme of a link target (`javascript`), or undefined for a relative link. */
export function linkScheme(target: string): string | undefined {
  // Browsers ignore tabs, newlines and leading spaces/control characters in schemes.
  const cleaned = target.replace(/[\u0000-\u0020]/g, '').replace(/&colon;|&#0*58;|&#x0*3a;/gi, ':');
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(cleaned);
  return m?.[1]?.toLowerCase();
}

/** Links that use a scheme other than http, https or mailto. */
export function checkLinkSchemes(body: string): BodyProblem[] {
  // A cheap test first: most bodies have no link that could be wrong. (A
  // pattern that looks for a scheme before the colon would be quadratic on a
  // long word with no colon after it.)
  if (!body.includes(':') && !body.includes('&')) return [];
  const problems: BodyProblem[] = [];
  const seen = new Set<number>();
  const starts = lineStarts(body);
  for (const pattern of LINK_TARGETS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(body); m !== null; m = pattern.exec(body)) {
      const target = m[1] ?? '';
      const scheme = linkScheme(target);
      if (scheme === undefined || ALLOWED_SCHEMES.has(scheme)) continue;
      const index = m.index + m[0].indexOf(target);
      if (seen.has(index)) continue;
      seen.add(index);
      problems.push({
        ...positionAt(starts, index),
        message: `links may only be http, https or mailto, not "${scheme}:"`,
        rule: 'link-scheme',
      });
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Pictures in a body: `![alt](target)` and raw `<img src>`. */
const IMAGE_TARGETS: RegExp[] = [/!\[[^[\]\n]*\]\(\s*<?([^)\s>]+)/g, /<img\b[^<>]*?\bsrc\s*=\s*["']?\s*([^"'\s>]+)/gi];

/**
 * Pictures next to the entry that the build would publish unsafely or misread:
 * an SVG (a document that can run script on the site's origin when opened),
 * or a name holding "?", which the build reads as a query (`?raw`), not a file.
 */
export function checkBodyImages(body: string): BodyProblem[] {
  if (!body.includes('![') && !/<img/i.test(body)) return [];
  const problems: BodyProblem[] = [];
  const starts = lineStarts(body);
  for (const pattern of IMAGE_TARGETS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(body); m !== null; m = pattern.exec(body)) {
      const target = m[1] ?? '';
      if (/^(?:[A-Za-z][A-Za-z0-9+.-]*:|\/\/|\\)/.test(target)) continue; // pictures on other sites are not published from here
      const path = target.split('#')[0] ?? '';
      const problem: Omit<BodyProblem, 'line' | 'column'> | undefined = /\.svgz?(?:$|\?)/i.test(path)
        ? { message: explainSvgPicture(truncate(target, 60)), rule: 'svg-image' }
        : path.includes('?')
          ? { message: `"${truncate(target, 60)}": a picture's file name cannot hold "?": rename the file`, rule: 'bad-image-name' }
          : undefined;
      if (problem) problems.push({ ...positionAt(starts, m.index + m[0].indexOf(target)), ...problem });
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { line: number; column: number } };
  children?: MdxNode[];
}

/** What a walk over restricted MDX finds. */
interface MdxFindings {
  problems: BodyProblem[];
  references: ComponentReference[];
}

type Position = { line: number; column: number };
type MdxAttribute = NonNullable<MdxNode['attributes']>[number];

/**
 * MDX in restricted mode: parses the body with the MDX grammar and reports code
 * (import/export, {expressions}, expression attributes), unknown components and
 * wrong attributes; returns the references components make, for the validator.
 */
export function checkRestrictedMdx(body: string, components: Record<string, ComponentSpec> = MDX_COMPONENT_SPECS): MdxFindings {
  let tree: MdxNode;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as MdxNode;
  } catch (error) {
    const e = error as {
      line?: number;
      column?: number;
      reason?: string;
      message: string;
      place?: { line?: number; column?: number; start?: { line: number; column: number } };
    };
    const place = e.place && 'start' in e.place && e.place.start ? e.place.start : (e.place as { line?: number; column?: number } | undefined);
    return {
      problems: [
        { line: place?.line ?? e.line ?? 1, column: place?.column ?? e.column ?? 1, message: explainMdxSyntaxError(e.reason ?? e.message), rule: 'mdx-syntax' },
      ],
      references: [],
    };
  }
  const found: MdxFindings = { problems: [], references: [] };
  const walk = (node: MdxNode): void => {
    checkNode(node, components, found);
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return found;
}

/** Code in any form, and the components of Firsthand's set used as they take. */
function checkNode(node: MdxNode, components: Record<string, ComponentSpec>, found: MdxFindings): void {
  const at = node.position?.start ?? { line: 1, column: 1 };
  switch (node.type) {
    case 'mdxjsEsm':
      found.problems.push({
        ...at,
        message: `"${(node.value ?? '').trim().split(/\s+/)[0]}" is code and is not allowed in content: Firsthand's components need no import, and nothing can be exported`,
        rule: 'mdx-code',
      });
      break;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      found.problems.push({
        ...at,
        message: `{${truncate((node.value ?? '').trim(), 30)}} is a code expression and is not allowed in content: remove the braces, or write \\{ for a literal brace`,
        rule: 'mdx-code',
      });
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkElement(node, at, components, found);
      break;
    default:
      break;
  }
}

/** An element: a component of the set (not a fragment or an HTML tag), its attributes, and those it needs. */
function checkElement(node: MdxNode, at: Position, components: Record<string, ComponentSpec>, found: MdxFindings): void {
  const name = node.name ?? '';
  const spec = Object.hasOwn(components, name) ? components[name] : undefined;
  if (name === '') {
    found.problems.push({ ...at, message: 'fragments (<>…</>) are not needed in content: remove them', rule: 'mdx-fragment' });
  } else if (/^[a-z]/.test(name)) {
    found.problems.push({
      ...at,
      message: `HTML tags like <${name}> are not used in MDX content: write Markdown instead, or use a .md file, where safe HTML is allowed`,
      rule: 'mdx-html-tag',
    });
  } else if (!spec) {
    const names = Object.keys(components);
    const known = names.length ? names.map((n) => `<${n}>`).join(', ') : 'none';
    found.problems.push({
      ...at,
      message: `unknown component <${name}>${didYouMean(name, names)}: the components you can use are ${known}`,
      rule: 'mdx-unknown-component',
    });
  }
  const given = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    const attrName = checkAttribute(name, spec, attribute, at, found);
    if (attrName !== undefined) given.add(attrName);
  }
  if (!spec) return;
  for (const [attrName, attrSpec] of Object.entries(spec.attributes)) {
    if (attrSpec.required && !given.has(attrName))
      found.problems.push({ ...at, message: `<${name}> needs ${attrName}="…" (${attrSpec.about})`, rule: 'mdx-missing-attribute' });
  }
  if (!spec.children && (node.children ?? []).length > 0) {
    found.problems.push({ ...at, message: `<${name}> takes no content between its tags: write <${name} … />`, rule: 'mdx-no-children' });
  }
}

/** One attribute: literal text, one the component takes, with one of its values. Returns its name when it is given as the component takes it. */
function checkAttribute(name: string, spec: ComponentSpec | undefined, attribute: MdxAttribute, at: Position, found: MdxFindings): string | undefined {
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    found.problems.push({ ...at, message: `<${name} {…}> spreads code into a component: write each attribute as name="value"`, rule: 'mdx-code' });
    return undefined;
  }
  const attrName = attribute.name ?? '';
  if (attribute.value !== null && typeof attribute.value === 'object') {
    found.problems.push({ ...at, message: `attribute ${attrName}={…} is code: write a literal value, like ${attrName}="…"`, rule: 'mdx-code' });
    return undefined;
  }
  if (!spec) return undefined;
  const attrSpec = Object.hasOwn(spec.attributes, attrName) ? spec.attributes[attrName] : undefined;
  if (!attrSpec) {
    const allowed = Object.keys(spec.attributes);
    found.problems.push({
      ...at,
      message: `<${name}> has no attribute "${attrName}"${didYouMean(attrName, allowed)}: it takes ${allowed.map((a) => `${a}="…"`).join(', ')}`,
      rule: 'mdx-unknown-attribute',
    });
    return undefined;
  }
  const value = typeof attribute.value === 'string' ? attribute.value : '';
  if (attrSpec.values && !attrSpec.values.includes(value)) {
    found.problems.push({ ...at, message: `<${name} ${attrName}="${value}"> must be one of ${attrSpec.values.join(', ')}`, rule: 'mdx-attribute-value' });
  }
  if (attrSpec.refers) found.references.push({ ...at, component: name, attribute: attrName, refers: attrSpec.refers, value });
  return attrName;
}

function explainMdxSyntaxError(reason: string): string {
  if (/before name, expected a character that can start a name|<!--/.test(reason) || reason.includes('`!`')) {
    return 'HTML comments (<!-- -->) do not work in MDX: remove the comment';
  }
  if (/expression/i.test(reason) || reason.includes('`{`') || reason.includes('`}`')) {
    return `MDX could not read a brace here (${reason.replace(/\.$/, '')}): write \\{ for a literal brace`;
  }
  return `MDX could not read this: ${reason.replace(/\.$/, '')}`;
}
