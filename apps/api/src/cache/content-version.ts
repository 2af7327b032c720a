import type { Store } from "@quizwire/store";

/**
 * The store's content version, asked at most once per `ttlMs`: a change made by another process is
 * seen within that time; `refresh()` makes a change made here visible at once.
 */
export class ContentVersion {
  private value: Promise<string> | null = null;
  private fetchedAt = 0;

  constructor(
    private readonly store: Store,
    private readonly ttlMs = 1000,
  ) {}

  current(): Promise<string> {
    const now = Date.now();
    if (!this.value || now - this.fetchedAt > this.ttlMs) {
      this.fetchedAt = now;
      this.value = this.store.contentVersion();
      this.value.catch(() => {
        this.value = null;
      });
    }
    return this.value;
  }

  refresh(): Promise<string> {
    this.value = null;
    return this.current();
  }
}
