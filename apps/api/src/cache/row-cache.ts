import type { ContentVersion } from "./content-version.js";

/**
 * A process-wide cache of content rows (articles, entities, quotes, events, relations and what hangs
 * off them), valid for one content version: rows only change when an article is loaded, which
 * changes the version, and then the whole cache is dropped. Per-request DataLoaders read through it,
 * so a warm API answers content queries without SQL. Each kind of lookup keeps at most
 * `maxEntriesPerKind` keys (past that it starts over) so that arbitrary lookups cannot grow it forever.
 */
export class RowCache {
  private version: string | null = null;
  private readonly kinds = new Map<string, Map<string, unknown>>();

  constructor(
    private readonly contentVersion: ContentVersion,
    private readonly maxEntriesPerKind = 50_000,
  ) {}

  /** Values for `keys` from the cache, fetching the missing ones with one call to `fetch`. */
  async through<K, V>(
    kind: string,
    keys: readonly K[],
    keyOf: (key: K) => string,
    fetch: (missing: readonly K[]) => Promise<V[]>,
  ): Promise<V[]> {
    const version = await this.contentVersion.current();
    if (version !== this.version) {
      this.kinds.clear();
      this.version = version;
    }
    let cache = this.kinds.get(kind) as Map<string, V> | undefined;
    if (!cache) {
      cache = new Map();
      this.kinds.set(kind, cache);
    }
    const missing = keys.filter((k) => !cache.has(keyOf(k)));
    if (missing.length > 0) {
      const values = await fetch(missing);
      // A load that landed meanwhile made these rows possibly stale: use them, keep them not.
      if (this.version === version) {
        if (cache.size + missing.length > this.maxEntriesPerKind) cache.clear();
        for (const [i, k] of missing.entries()) cache.set(keyOf(k), values[i] as V);
      } else {
        const fresh = new Map(missing.map((k, i) => [keyOf(k), values[i] as V]));
        return keys.map((k) => (fresh.has(keyOf(k)) ? fresh.get(keyOf(k)) : cache.get(keyOf(k))) as V);
      }
    }
    return keys.map((k) => cache.get(keyOf(k)) as V);
  }
}
