/**
 * Bodies as plain text (src/base/markdown-text.ts): prose that Markdown marks
 * nothing in is read without the parser, and must read exactly as the parser
 * reads it. An empty HTML comment after a body sends it through the parser
 * without changing its words, so each generated body is read both ways.
 */
import { describe, expect, it } from 'vitest';
import { markdownAsReadText, markdownAsSearchText } from '../../src/base/markdown-text.ts';
// The benchmarks' seeded generator, so a failure names its body.
import { random } from '../bench/generate.ts';

const WORDS = [
  'Tea',
  'at',
  'the',
  'café',
  'Ærøskøbing',
  'Встреча',
  'Ελλάδα',
  'Hà',
  'Nội',
  '東京',
  '2015',
  '18:30',
  'p.m.',
  '(maybe)',
  '“quoted”',
  "it's",
  '—',
  '…',
  '50%',
  '$5',
  'hey!',
  'why?',
  'a/b',
  'x-ray',
];
// What may make a body more than prose: marks, block starts, addresses.
const RISKS = [
  '*',
  '_',
  '`',
  '[link](https://x.example)',
  '<b>',
  '&amp;',
  '# ',
  '- ',
  '1. ',
  '> ',
  '    ',
  '\t',
  'www.example.org',
  'https://x.example',
  'a@b.example',
  '|',
  '~~',
  '\\',
  '===',
  '---',
  '  ',
];

function body(rand: () => number, risky: boolean): string {
  const lines: string[] = [];
  for (let l = 0, n = 1 + Math.floor(rand() * 5); l < n; l++) {
    const words = Array.from({ length: 1 + Math.floor(rand() * 9) }, () => WORDS[Math.floor(rand() * WORDS.length)]);
    if (risky && rand() < 0.3) words.splice(Math.floor(rand() * words.length), 0, RISKS[Math.floor(rand() * RISKS.length)]);
    const ending = rand() < 0.2 ? '  ' : rand() < 0.1 ? ' ' : '';
    lines.push(`${risky && rand() < 0.1 ? ' ' : ''}${words.join(' ')}${ending}`);
    if (rand() < 0.3) lines.push('');
  }
  return lines.join('\n');
}

describe('a body as plain text', () => {
  it('reads prose without the parser exactly as the parser reads it', () => {
    const rand = random(30);
    for (let i = 0; i < 1500; i++) {
      const text = body(rand, i % 2 === 1);
      const parsed = `${text}\n\n<!-- -->`;
      expect(markdownAsSearchText(text), JSON.stringify(text)).toBe(markdownAsSearchText(parsed));
      expect(markdownAsReadText(text), JSON.stringify(text)).toBe(markdownAsReadText(parsed));
    }
  });

  it('still reads marks, lists and addresses through the parser', () => {
    expect(markdownAsSearchText('Tea at *five*')).toBe('Tea at five');
    expect(markdownAsSearchText('Bring:\n\n- tea\n- cake')).toBe('Bring:\n\n• tea\n• cake');
    expect(markdownAsReadText('See www.example.org')).toBe('See www.example.org (http://www.example.org)');
    expect(markdownAsSearchText('2015. A good year')).toBe('2015. A good year');
    expect(markdownAsSearchText('Tom &amp; Jerry')).toBe('Tom & Jerry');
  });
});
