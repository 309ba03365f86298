/** The three ways problems are printed: text for people, JSON and GitHub annotations for tools. */
import { describe, expect, it } from 'vitest';
import { formatProblems, summarizeProblems, type ContentProblem } from '../../../src/content/report/problems.ts';

const problems: ContentProblem[] = [
  { file: 'content/posts/b.md', line: 3, column: 9, field: 'author', message: 'unknown handle "lara"', rule: 'unknown-handle' },
  {
    file: 'content/events/a.md',
    line: 14,
    column: 5,
    field: 'attendees[3]',
    message: 'unknown handle "@amyhowel" — did you mean "amyhowell"?',
    rule: 'unknown-handle',
  },
  { file: 'content/site.yaml', field: '', message: 'the community settings file is missing: create it, 100% sure', rule: 'site-missing' },
];

describe('problem output', () => {
  it('prints path:line:col field: message, sorted', () => {
    expect(formatProblems(problems, 'text').split('\n')).toEqual([
      'content/events/a.md:14:5 attendees[3]: unknown handle "@amyhowel" — did you mean "amyhowell"?',
      'content/posts/b.md:3:9 author: unknown handle "lara"',
      'content/site.yaml: the community settings file is missing: create it, 100% sure',
    ]);
    expect(summarizeProblems(problems)).toBe('3 problems in 3 files');
  });

  it('prints a JSON array of {file, line, column, field, message, rule}, in that order', () => {
    const parsed = JSON.parse(formatProblems(problems, 'json')) as Record<string, unknown>[];
    expect(parsed[0]).toEqual({
      file: 'content/events/a.md',
      line: 14,
      column: 5,
      field: 'attendees[3]',
      message: 'unknown handle "@amyhowel" — did you mean "amyhowell"?',
      rule: 'unknown-handle',
    });
    expect(Object.keys(parsed[0] ?? {})).toEqual(['file', 'line', 'column', 'field', 'message', 'rule']);
    expect(parsed[2]).toEqual({
      file: 'content/site.yaml',
      line: null,
      column: null,
      field: '',
      message: 'the community settings file is missing: create it, 100% sure',
      rule: 'site-missing',
    });
  });

  it('says rule: null for a problem found outside the checker, which has no rule', () => {
    const logo: ContentProblem = { file: 'content/site.yaml', line: 2, column: 7, field: 'logo', message: 'the build could not draw the logo' };
    expect(JSON.parse(formatProblems([logo], 'json'))).toEqual([
      { file: 'content/site.yaml', line: 2, column: 7, field: 'logo', message: 'the build could not draw the logo', rule: null },
    ]);
  });

  it('prints GitHub workflow annotations with escaped data', () => {
    expect(formatProblems(problems, 'github').split('\n')).toEqual([
      '::error file=content/events/a.md,line=14,col=5::attendees[3]: unknown handle "@amyhowel" — did you mean "amyhowell"?',
      '::error file=content/posts/b.md,line=3,col=9::author: unknown handle "lara"',
      '::error file=content/site.yaml::the community settings file is missing: create it, 100%25 sure',
    ]);
  });
});
