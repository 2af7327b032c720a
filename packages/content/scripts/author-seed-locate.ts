import type { Span } from "../src/schema/span.js";
import { findSpan } from "../src/text/span.js";

/**
 * Where a fact's words are in the body: a snippet that occurs exactly once, or a snippet with the
 * 0-based index of the occurrence meant (`["in 2018", 1]`).
 */
export type Ref = string | readonly [text: string, occurrence: number];

/** Counts the occurrences of `text` in `body` (overlapping ones included). */
export function countOccurrences(body: string, text: string): number {
  let n = 0;
  for (let at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + 1)) n++;
  return n;
}

/**
 * Resolves a snippet to its span. Throws when the snippet is missing, when a bare snippet occurs
 * more than once (say which occurrence is meant), or when an occurrence index is out of range.
 */
export function locate(body: string, ref: Ref, what: string): Span {
  const [text, occurrence] = typeof ref === "string" ? [ref, undefined] : ref;
  const count = countOccurrences(body, text);
  if (count === 0) throw new Error(`${what}: the snippet ${JSON.stringify(text)} does not occur in the body`);
  if (occurrence === undefined && count > 1) {
    throw new Error(`${what}: the snippet ${JSON.stringify(text)} occurs ${count} times; give [text, index]`);
  }
  if (occurrence !== undefined && occurrence >= count) {
    throw new Error(
      `${what}: the snippet ${JSON.stringify(text)} occurs ${count} times, not ${occurrence + 1}`,
    );
  }
  return findSpan(body, text, { occurrence: occurrence ?? 0 });
}
