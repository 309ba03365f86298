import { describe, expect, it } from 'vitest';
import { cacheKeyOf, keyMaker } from '../../src/base/cache-key.ts';

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
    ];
    for (const key of [cacheKeyOf, keyMaker(() => false), keyMaker(() => true)]) {
      const made = keys.map((value) => key(value));
      expect(new Set(made).size).toBe(made.length);
    }
  });

  it('refuses what it cannot see into', () => {
    expect(() => cacheKeyOf({ links: { home: () => '/' } })).toThrow(/cannot hash a function \(at "home"\)/);
    const loop: Record<string, unknown> = {};
    loop['self'] = loop;
    expect(() => cacheKeyOf(loop)).toThrow(TypeError);
  });
});

describe('keyMaker', () => {
  /** A person whose fields count how often they are read, as a key that serializes it does. */
  function counted(name: string) {
    const reads = { count: 0 };
    const person = {
      handle: name.toLowerCase(),
      get name() {
        reads.count++;
        return name;
      },
    };
    return { person, reads };
  }

  it('serializes a shared object once, however many keys meet it', () => {
    const { person: ada, reads } = counted('Ada');
    const shared = new WeakSet<object>([ada]);
    const key = keyMaker((value) => shared.has(value));
    const keys = [1, 2, 3].map((page) => key({ page, met: [ada, { note: 'not shared' }], lookup: new Map([['ada', ada]]) }));
    expect(new Set(keys).size).toBe(3);
    expect(reads.count).toBe(1);
  });

  it('keys a shared object by its whole value: an equal twin gives the same key, any change another', () => {
    const shared = (...values: object[]) => {
      const set = new WeakSet<object>(values);
      return keyMaker((value) => set.has(value));
    };
    const page = (person: object) => ({ title: 'Met list', people: [person] });
    const ada = { handle: 'ada', name: 'Ada' };
    const twin = { handle: 'ada', name: 'Ada' };
    const renamed = { handle: 'ada', name: 'Ada L.' };
    expect(shared(ada)(page(ada))).toBe(shared(twin)(page(twin)));
    expect(shared(ada)(page(ada))).not.toBe(shared(renamed)(page(renamed)));
  });

  it('refuses what cacheKeyOf refuses, inside shared objects too', () => {
    const bad = { handle: 'ada', links: { home: () => '/' } };
    expect(() => keyMaker((value) => value === bad)({ people: [bad] })).toThrow(/cannot hash a function \(at "home"\)/);
  });
});
