import type { Span } from "../schema/span.js";

/**
 * Builds the span `[start, end)` of a body with the text found there. Throws when the range is not
 * inside the body, so a wrong offset fails where it is made rather than at validation.
 */
export function spanAt(body: string, start: number, end: number): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > body.length || end <= start) {
    throw new RangeError(
      `span [${start}, ${end}) is not a non-empty range inside a body of ${body.length} characters`,
    );
  }
  return { start, end, text: body.slice(start, end) };
}

/**
 * The span of the `occurrence`-th (0-based) appearance of `text` in the body, searching from `from`.
 * Throws when it does not occur, naming the text.
 */
export function findSpan(
  body: string,
  text: string,
  options: { from?: number; occurrence?: number } = {},
): Span {
  let at = (options.from ?? 0) - 1;
  for (let n = 0; n <= (options.occurrence ?? 0); n++) {
    at = body.indexOf(text, at + 1);
    if (at < 0) throw new Error(`"${text}" does not occur in the body${n > 0 ? ` ${n + 1} times` : ""}`);
  }
  return spanAt(body, at, at + text.length);
}
