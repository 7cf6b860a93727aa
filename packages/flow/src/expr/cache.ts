/**
 * A small least-recently-used map. Parsed expressions and environments are cached so that a journey
 * evaluating the same condition thousands of times pays the parse and type check once, while a
 * long-running worker that sees many flows cannot grow without bound.
 */
export class BoundedCache<K, V> {
  readonly #max: number;
  readonly #map = new Map<K, V>();

  constructor(max: number) {
    this.#max = max;
  }

  /** The cached value, marked as recently used. */
  get(key: K): V | undefined {
    const value = this.#map.get(key);
    if (value === undefined) return undefined;
    // Re-insert so Map's insertion order doubles as recency order.
    this.#map.delete(key);
    this.#map.set(key, value);
    return value;
  }

  /** Stores a value, dropping the least recently used entry when full. */
  set(key: K, value: V): V {
    this.#map.delete(key);
    this.#map.set(key, value);
    if (this.#map.size > this.#max) {
      const oldest = this.#map.keys().next();
      if (!oldest.done) this.#map.delete(oldest.value);
    }
    return value;
  }

  /** Number of entries, for tests. */
  get size(): number {
    return this.#map.size;
  }
}
