/** Precision and recall of a draft against the curated annotation, with the counts behind them. */
export interface Score {
  /** Draft facts that match a curated fact. */
  matched: number;
  /** Draft facts in all. */
  drafted: number;
  /** Curated facts in all. */
  curated: number;
  /** Curated facts some draft fact matches. */
  found: number;
  precision: number;
  recall: number;
}

/**
 * Scores a one-to-one matching: each draft item takes the first still-free curated item that
 * `match` accepts. Precision is matched/drafted, recall found/curated (1 when there is nothing to find).
 */
export function score<D, C>(drafted: D[], curated: C[], match: (d: D, c: C) => boolean): Score {
  const taken = new Set<number>();
  let matched = 0;
  for (const d of drafted) {
    const i = curated.findIndex((c, k) => !taken.has(k) && match(d, c));
    if (i >= 0) {
      taken.add(i);
      matched++;
    }
  }
  return {
    matched,
    drafted: drafted.length,
    curated: curated.length,
    found: taken.size,
    precision: drafted.length === 0 ? (curated.length === 0 ? 1 : 0) : matched / drafted.length,
    recall: curated.length === 0 ? 1 : taken.size / curated.length,
  };
}
