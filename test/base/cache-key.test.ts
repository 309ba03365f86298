import { describe, expect, it } from 'vitest';
import { cacheKeyOf } from '../../src/base/cache-key.ts';

describe('cacheKeyOf', () => {
  it('gives equal values equal keys, however they were made', () => {
    const a = { name: 'Ada', met: [{ who: 'ben', date: '2024-05-01' }], zones: new Map([['a', 1]]) };
    const b = JSON.parse(JSON.stringify({ name: 'Ada', met: [{ who: 'ben', date: '2024-05-01' }] })) as Record<string, unknown>;
    b['zones'] = new Map([['a', 1]]);
    expect(cacheKeyOf(a)).toBe(cacheKeyOf(b));
    expect(cacheKeyOf({ a: 1, gone: undefined })).toBe(cacheKeyOf({ a: 1 }));
  });

  it('tells apart values a page could show differently', () => {
    const keys = [
      { name: 'Ada' },
      { name: 'Ada ' },
      { name: 'Ada', extra: '' },
      { name: 'Ada', extra: null },
      { extra: '', name: 'Ada' },
      ['a', 'b'],
      ['b', 'a'],
      [undefined],
      [null],
      new Map([['a', 'b']]),
      new Set(['a']),
      ['a'],
      1,
      '1',
      1n,
      true,
      'true',
      new Date('2024-05-01T00:00:00Z'),
      new Date('2024-05-01T00:00:01Z'),
      new Uint8Array([1, 2]),
      new Uint8Array([2, 1]),
      undefined,
      null,
    ].map(cacheKeyOf);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('refuses what it cannot see into', () => {
    expect(() => cacheKeyOf({ links: { home: () => '/' } })).toThrow(/cannot hash a function \(at "home"\)/);
    const loop: Record<string, unknown> = {};
    loop['self'] = loop;
    expect(() => cacheKeyOf(loop)).toThrow(TypeError);
  });
});
