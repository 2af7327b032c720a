import { and, not, type SQL, sql } from "drizzle-orm";
import type { Page, PageArgs } from "../page.js";
import { checkFirst, decodeCursor, encodeCursor } from "./cursor.js";
import { afterRow, orderBy, type SortKey } from "./keyset.js";

type CursorValue = string | number;

/** How one list reads its rows and counts; the paging itself is shared. */
export interface PagedList<Raw, T> {
  /** The list's name, written into its cursors. */
  name: string;
  keys: SortKey[];
  /** The JS type of each sort value, to validate cursors. */
  types: ("string" | "number")[];
  /** The list's filters (kind, article…), or undefined for none. */
  filter: SQL | undefined;
  rows(where: SQL | undefined, order: SQL[], limit: number): Promise<Raw[]>;
  /** One statement: rows matching `where`, and how many of them `before` holds. */
  counts(where: SQL | undefined, before: SQL): Promise<{ total: number; before: number }>;
  valuesOf(row: Raw): CursorValue[];
  map(row: Raw): T;
}

/** A forward keyset page: `first + 1` rows tell whether a next page exists; one more statement counts. */
export async function paginate<Raw, T>(list: PagedList<Raw, T>, args: PageArgs): Promise<Page<T>> {
  checkFirst(args.first);
  const after = args.after ? afterRow(list.keys, decodeCursor(list.name, args.after, list.types)) : undefined;
  const [fetched, counts] = await Promise.all([
    list.rows(and(list.filter, after), orderBy(list.keys), args.first + 1),
    list.counts(list.filter, after ? not(after) : sql`false`),
  ]);
  const rows = fetched.slice(0, args.first);
  return {
    rows: rows.map(list.map),
    cursors: rows.map((r) => encodeCursor(list.name, list.valuesOf(r))),
    hasNextPage: fetched.length > args.first,
    hasPreviousPage: counts.before > 0,
    totalCount: counts.total,
  };
}

/** The select list of `counts`. */
export const countColumns = (before: SQL) => ({
  total: sql<number>`count(*)::int`,
  before: sql<number>`(count(*) filter (where ${before}))::int`,
});
