/** Arguments of a forward keyset page. */
export interface PageArgs {
  /** How many rows to return; 0 is allowed (only counts come back). Must be a non-negative integer. */
  first: number;
  /** The `cursor` of the last row of the previous page; absent for the first page. */
  after?: string | null;
}

/** A page of rows, each paired with its opaque, stable cursor. */
export interface Page<T> {
  rows: T[];
  /** `cursors[i]` is the cursor of `rows[i]`; pass one as `after` to continue after that row. */
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Rows matching the filters, ignoring `first` and `after`. */
  totalCount: number;
}
