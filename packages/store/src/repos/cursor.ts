import { StoreInputError } from "../errors.js";

type CursorValue = string | number;

/** An opaque cursor: the list's name and the sort values of a row, as base64url JSON. */
export function encodeCursor(list: string, values: CursorValue[]): string {
  return Buffer.from(JSON.stringify([list, ...values])).toString("base64url");
}

/** The sort values in a cursor of `list`; a cursor that is not one this list gave out is an input error. */
export function decodeCursor(list: string, cursor: string, types: ("string" | "number")[]): CursorValue[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    parsed = null;
  }
  const ok =
    Array.isArray(parsed) &&
    parsed[0] === list &&
    parsed.length === types.length + 1 &&
    types.every((t, i) => typeof parsed[i + 1] === t);
  if (!ok) {
    throw new StoreInputError(
      `The cursor '${cursor}' was not given out by the ${list} list: pass the cursor of an edge from the previous page, or leave 'after' out to start at the beginning.`,
    );
  }
  return (parsed as CursorValue[]).slice(1);
}

/** Page sizes are whole numbers from 0 up. */
export function checkFirst(first: number): void {
  if (!Number.isInteger(first) || first < 0) {
    throw new StoreInputError(`'first' must be a whole number of 0 or more; got ${first}.`);
  }
}
