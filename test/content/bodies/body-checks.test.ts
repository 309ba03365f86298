/** Markdown and MDX are content, not code. */
import { describe, expect, it } from 'vitest';
import { checkLinkSchemes, linkScheme } from '../../../src/content/bodies/body-checks.ts';
import { BASE_SITE, lines, validate } from '../../helpers/validate.ts';

const POST = 'content/posts/flood.md';
const MDX = 'content/posts/story.mdx';
const head = '---\ntitle: Story\nauthor: laura_click\ndate: 2010-05-20\n---\n';

describe('links in content', () => {
  it('allows http, https, mailto and relative links', () => {
    expect(checkLinkSchemes('[a](https://x.example) [b](mailto:a@b.example) [c](/events/) [d](#top) <https://y.example>')).toEqual([]);
  });

  it('refuses other schemes wherever a link is written', () => {
    const body = [
      'Click [here](javascript:alert(1)).',
      '![x](data:image/png;base64,AAAA)',
      '[ref]: vbscript:msgbox',
      '<a href="  JaVaScRiPt:alert(2)">x</a> <img src=file:///etc/passwd>',
      '<ftp://files.example/x>',
    ].join('\n');
    expect(checkLinkSchemes(body).map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '1:14 links may only be http, https or mailto, not "javascript:"',
      '2:6 links may only be http, https or mailto, not "data:"',
      '3:8 links may only be http, https or mailto, not "vbscript:"',
      '4:12 links may only be http, https or mailto, not "javascript:"',
      '4:48 links may only be http, https or mailto, not "file:"',
      '5:2 links may only be http, https or mailto, not "ftp:"',
    ]);
  });

  it('sees through spaces and entities in a scheme', () => {
    expect(linkScheme('java\tscript:alert(1)')).toBe('javascript');
    expect(linkScheme('javascript&colon;alert(1)')).toBe('javascript');
    expect(linkScheme('./photo.jpg')).toBeUndefined();
  });

  it('reports them at their line in the file', () => {
    expect(lines(validate({ [POST]: `${head}Intro.\n\n[x](javascript:void(0))\n` }))).toEqual([
      `${POST}:8:5 body: links may only be http, https or mailto, not "javascript:"`,
    ]);
  });
});

describe('MDX in restricted mode', () => {
  it('accepts plain Markdown', () => {
    expect(lines(validate({ [MDX]: `${head}# Hello\n\nA *plain* story with a [link](https://x.example).\n` }))).toEqual([]);
  });

  it('refuses import, export and expressions, each at its line', () => {
    const body = 'import Chart from "./chart.js"\n\nexport const year = 2024\n\nIt is {new Date().getFullYear()} now and {process.env.HOME} is home.\n';
    expect(lines(validate({ [MDX]: `${head}${body}` }))).toEqual([
      `${MDX}:6:1 body: "import" is code and is not allowed in content: Firsthand's components need no import, and nothing can be exported`,
      `${MDX}:8:1 body: "export" is code and is not allowed in content: Firsthand's components need no import, and nothing can be exported`,
      `${MDX}:10:7 body: {new Date().getFullYear()} is a code expression and is not allowed in content: remove the braces, or write \\{ for a literal brace`,
      `${MDX}:10:42 body: {process.env.HOME} is a code expression and is not allowed in content: remove the braces, or write \\{ for a literal brace`,
    ]);
  });

  it('refuses unknown components, HTML tags and expression attributes', () => {
    const body = '<Chart data={rows} />\n\n<div onClick="x">hi</div>\n\n<Widget {...props} />\n';
    expect(lines(validate({ [MDX]: `${head}${body}` }))).toEqual([
      `${MDX}:6:1 body: unknown component <Chart>: the components you can use are <Person>, <EventCard>, <Figure>, <Callout>`,
      `${MDX}:6:1 body: attribute data={…} is code: write a literal value, like data="…"`,
      `${MDX}:8:1 body: HTML tags like <div> are not used in MDX content: write Markdown instead, or use a .md file, where safe HTML is allowed`,
      `${MDX}:10:1 body: unknown component <Widget>: the components you can use are <Person>, <EventCard>, <Figure>, <Callout>`,
      `${MDX}:10:1 body: <Widget {…}> spreads code into a component: write each attribute as name="value"`,
    ]);
  });

  it('accepts the components Firsthand provides, with literal attributes', () => {
    const body =
      'We met <Person handle="@Laura_Click" /> at\n\n<EventCard slug="2010-05-13-memphis" />\n\n<Callout type="tip" title="Parking">\n\nFree after six.\n\n</Callout>\n\n<Figure caption="The table">\n\nA long table.\n\n</Figure>\n';
    expect(lines(validate({ [MDX]: `${head}${body}` }))).toEqual([]);
  });

  it('checks what components name and take', () => {
    const body =
      '<Person handle="lara" />\n\n<EventCard slug="memphis" />\n\n<Callout type="danger" colour="red">Hi</Callout>\n\n<Figure />\n\n<Persn handle="kathy" />\n\n<Person handle="kathy">text</Person>\n';
    expect(lines(validate({ [MDX]: `${head}${body}` }))).toEqual([
      `${MDX}:6:1 body: <Person handle="lara">: unknown handle`,
      `${MDX}:8:1 body: <EventCard slug="memphis">: unknown event`,
      `${MDX}:10:1 body: <Callout type="danger"> must be one of note, tip, warning`,
      `${MDX}:10:1 body: <Callout> has no attribute "colour": it takes type="…", title="…"`,
      `${MDX}:12:1 body: <Figure> needs caption="…" (the caption)`,
      `${MDX}:14:1 body: unknown component <Persn> — did you mean "Person"?: the components you can use are <Person>, <EventCard>, <Figure>, <Callout>`,
      `${MDX}:16:1 body: <Person> takes no content between its tags: write <Person … />`,
    ]);
  });

  it('explains an HTML comment, which MDX cannot read', () => {
    expect(lines(validate({ [MDX]: `${head}Hello\n\n<!-- note -->\n` }))).toEqual([
      `${MDX}:8:2 body: HTML comments (<!-- -->) do not work in MDX: remove the comment`,
    ]);
  });

  it('allows code in MDX when site.yaml says mdx: trusted', () => {
    expect(lines(validate({ 'content/site.yaml': `${BASE_SITE}mdx: trusted\n`, [MDX]: `${head}import X from "./x.js"\n\n{1 + 1}\n` }))).toEqual([]);
  });
});
