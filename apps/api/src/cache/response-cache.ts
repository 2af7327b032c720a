/** A cached GET response: the bytes and headers to send again. */
export interface CachedResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

/**
 * An in-process cache of GraphQL GET responses, keyed by the URL and the content version: when the
 * content changes the version changes and every older entry is dropped at once. Least recently
 * stored entries go first past `maxEntries`.
 */
export class ResponseCache {
  private version: string | null = null;
  private readonly entries = new Map<string, CachedResponse>();

  constructor(private readonly maxEntries = 1000) {}

  get(version: string, key: string): CachedResponse | undefined {
    if (version !== this.version) return undefined;
    return this.entries.get(key);
  }

  set(version: string, key: string, value: CachedResponse): void {
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, value);
  }

  get size(): number {
    return this.entries.size;
  }
}
