/**
 * The keys of Astro's incremental build (experimental.incrementalBuild): a
 * page whose key and code are both what they were in the last build is
 * copied from the cache instead of rendered. A key that leaves out something
 * the page shows publishes a stale page, so a key is never a list of chosen
 * fields: it is a hash of whole values — the props the page gets, the inputs
 * its view is made from, and the build-wide inputs of every page's frame
 * (data/page-keys.ts).
 *
 * The rule for a route (src/routes/): its `cacheKey` hashes everything its
 * page renders that is not code. Code is Astro's part: it hashes each route's
 * module graph, and a changed lockfile or Astro config empties the cache.
 *
 * The serialization keeps the order of object keys, arrays, Maps and Sets,
 * since a page may show them in that order: two values that could render
 * differently never share a key. A function cannot be hashed (what it does
 * may hang on data it closes over), so meeting one is an error, not a guess.
 *
 * Many pages show the same objects (a person on every met list they are on):
 * `keyMaker` hashes such a shared object once per build, remembered by its
 * identity, and writes its hash wherever a key meets it again.
 */
import { createHash } from 'node:crypto';

/** A tag no value of the content holds, so a tagged Map or Set is never a plain object's twin. */
const TAG = '\u0000';

/** JSON.stringify's replacer: what JSON has no form for, in a form that tells it apart. */
function tagged(this: unknown, key: string, value: unknown): unknown {
  switch (typeof value) {
    case 'function':
    case 'symbol':
      throw new TypeError(`cacheKeyOf cannot hash a ${typeof value} (at "${key}"): hash the data it is made from instead`);
    case 'bigint':
      return `${TAG}bigint:${value}`;
    case 'undefined':
      // JSON drops it from objects (a page cannot tell it from a missing field) and writes null in arrays.
      return Array.isArray(this) ? `${TAG}undefined` : undefined;
    case 'object':
      if (value instanceof Map) return { [`${TAG}Map`]: [...value] };
      if (value instanceof Set) return { [`${TAG}Set`]: [...value] };
      if (ArrayBuffer.isView(value)) {
        const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
        return `${TAG}bytes:${createHash('sha256').update(bytes).digest('base64url')}`;
      }
      return value;
    default:
      return value;
  }
}

/**
 * A key for a page of the incremental build: a SHA-256 of `value` serialized
 * whole, as JSON that also tells Maps, Sets, byte arrays, big integers and
 * undefined array items apart (Dates as their ISO time; an object's fields
 * that are undefined are left out, as a page cannot tell them from missing
 * ones). Equal keys mean equal values, field for field and in the same order.
 * Throws on a function or a value that contains itself.
 */
export function cacheKeyOf(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(value, tagged) ?? 'undefined')
    .digest('base64url');
}

/**
 * A `cacheKeyOf` that hashes each object `isShared` picks out once: wherever
 * such an object is met (at any depth, in any key), the key holds its own key,
 * tagged, instead of its serialization. Equal keys still mean equal values: a
 * shared object's key is a hash of it whole. The object's key is remembered by
 * its identity (a WeakMap), so `isShared` must pick only objects that nobody
 * changes while keys are made (a build's validated content).
 */
export function keyMaker(isShared: (value: object) => boolean): (value: unknown) => string {
  // A shared object's stand-in, remembered by identity: a tag and 132 bits of its hash, enough to tell
  // apart every object of a build, and short, since a met list of 200 names 200 of them.
  const known = new WeakMap<object, string>();
  const keyOf = (value: unknown, self?: object): string => {
    // Called for every field of every value: plain data returns at once, the rest goes to `tagged`.
    function replacer(this: unknown, key: string, field: unknown): unknown {
      if (typeof field !== 'object')
        return typeof field === 'string' || typeof field === 'number' || typeof field === 'boolean' ? field : tagged.call(this, key, field);
      if (field === null) return field;
      if (field !== self) {
        let standIn = known.get(field);
        if (standIn === undefined && isShared(field)) {
          standIn = `${TAG}shared:${keyOf(field, field).slice(0, 22)}`;
          known.set(field, standIn);
        }
        if (standIn !== undefined) return standIn;
      }
      return Array.isArray(field) || Object.getPrototypeOf(field) === Object.prototype ? field : tagged.call(this, key, field);
    }
    return createHash('sha256')
      .update(JSON.stringify(value, replacer) ?? 'undefined')
      .digest('base64url');
  };
  return (value) => keyOf(value);
}
