/** Something that keeps values by key: a Map or a WeakMap. */
interface Keeper<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** The value kept for `key`, made by `make` the first time it is asked for. */
export function remember<K, V>(kept: Keeper<K, V>, key: K, make: () => V): V {
  let value = kept.get(key);
  if (value === undefined) {
    value = make();
    kept.set(key, value);
  }
  return value;
}
