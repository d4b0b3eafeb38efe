/**
 * What the SDK's endpoint cache (`@aws-sdk/endpoint-cache`) asks of `mnemonist/lru-cache`, on a
 * `Map`: `get`, `set`, `has`, `peek` and `clear` of a cache that forgets its least recently used
 * entry beyond `capacity`. Bundled in its place (see `smallLruCache` in bundling.ts): the same
 * behaviour for the one class that uses it, without the library's typed arrays and iterators.
 */
export default class SmallLruCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  /** The value, without making it the most recently used. */
  peek(key: K): V | undefined {
    return this.entries.get(key);
  }

  get(key: K): V | undefined {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key) as V;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): this {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
    return this;
  }

  clear(): void {
    this.entries.clear();
  }
}
