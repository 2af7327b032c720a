import { and, asc, desc, eq, gt, lt, or, type SQL, type SQLWrapper } from "drizzle-orm";

/** One sort column of a keyset: the expression and its direction. */
export interface SortKey {
  expr: SQLWrapper;
  desc?: boolean;
}

/** Rows strictly after the row with `values` in the order of `keys` (mixed directions allowed). */
export function afterRow(keys: SortKey[], values: unknown[]): SQL {
  const branches = keys.map((key, i) => {
    const equalBefore = keys.slice(0, i).map((k, j) => eq(k.expr as SQL, values[j]));
    const beyond = key.desc ? lt(key.expr as SQL, values[i]) : gt(key.expr as SQL, values[i]);
    return and(...equalBefore, beyond) as SQL;
  });
  return or(...branches) as SQL;
}

export function orderBy(keys: SortKey[]): SQL[] {
  return keys.map((k) => (k.desc ? desc(k.expr as SQL) : asc(k.expr as SQL)));
}
