/** One result per key, in key order: the row whose key matches, or null. */
export function byKey<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): (T | null)[] {
  const map = new Map<string, T>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? null);
}

/** One list per key, in key order, keeping the rows' order inside each list. */
export function groupByKey<T>(
  keys: readonly string[],
  rows: T[],
  keyOf: (row: T) => string | string[],
): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) {
    const rowKeys = keyOf(row);
    for (const k of new Set(Array.isArray(rowKeys) ? rowKeys : [rowKeys])) map.get(k)?.push(row);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/** The distinct keys, for an `in (...)` list. */
export const distinct = (keys: readonly string[]): string[] => [...new Set(keys)];
