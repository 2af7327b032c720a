import type { DatePrecision, DateValue, Range } from "@quizwire/content";
import * as chrono from "chrono-node";
import { atPrecision, shift, toDay, weekStart } from "./calendar.js";
import { findAnchoredPhrases } from "./relative.js";
import { weekdayByTense } from "./weekday.js";

/** A date written in the body, resolved. */
export interface DateMention {
  start: number;
  end: number;
  value: DateValue;
}

const FUTURE = /\b(?:scheduled|will|shall|to be held|next|upcoming|planned|expected|due to)\b/i;
const NOT_DATES =
  /^(?:now|tonight|this (?:morning|afternoon|evening)|at \d.*|\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)$/i;
const BARE_YEAR =
  /\b(?:(in|since|by|until|from|during|of)\s+)?((?:1[89]|20)\d{2})\b(?![\d%,.]\d|\s*(?:per|percent|people|pages|questions|migrants))/g;

/**
 * Finds and resolves the dates of a body, in text order. Dates relative to publication ("Last
 * Saturday", "next week", "two years ago") come from chrono-node with publishedAt as reference;
 * phrases that count from the story ("a week earlier", "a day later", "that same day") count from
 * the last day-precise date before them; bare years ("in 2018") are YEAR precision. The words are
 * kept as written; a week is stored on its Monday with `approximate: true`.
 */
export function findDates(
  body: string,
  sentences: Range[],
  publishedAt: string,
  /** Spans of named things: "Evening" in "Yorkshire Evening Post" is no date. */
  names: Range[] = [],
): DateMention[] {
  const ref = new Date(`${publishedAt}T12:00:00Z`);
  const out: DateMention[] = [];
  let anchor: string | undefined;
  for (const s of sentences) {
    const text = body.slice(s.start, s.end);
    const future = FUTURE.test(text);
    const found: {
      index: number;
      text: string;
      resolve: () => Omit<DateValue, "text" | "span" | "status"> | undefined;
    }[] = [];
    const anchored = findAnchoredPhrases(text);
    for (const a of anchored) {
      found.push({
        index: a.index,
        text: a.text,
        resolve: () =>
          anchor
            ? { iso: shift(anchor, a.amount, a.unit), precision: "DAY", approximate: a.unit !== "day" }
            : undefined,
      });
    }
    for (const r of chrono.parse(text, ref)) {
      const words = r.text.replace(/[\s,.;:]+$/, "");
      if (
        NOT_DATES.test(words) ||
        names.some((n) => overlaps(n.start, n.end - n.start, s.start + r.index, words.length)) ||
        anchored.some((a) => overlaps(a.index, a.text.length, r.index, words.length))
      )
        continue;
      if (
        /^(?:may|march)$/i.test(words) ||
        !/\d|[A-Z]|ago|today|yesterday|tomorrow|week|month|year/i.test(words)
      )
        continue;
      const byTense = weekdayByTense(words, publishedAt, future);
      found.push({
        index: r.index,
        text: words,
        resolve: () =>
          byTense ? { iso: byTense, precision: "DAY", approximate: false } : fromChrono(r, words),
      });
    }
    for (const m of text.matchAll(BARE_YEAR)) {
      const yearAt = m.index + (m[0].length - m[2]!.length);
      if (found.some((f) => overlaps(f.index, f.text.length, yearAt, 4))) continue;
      found.push({
        index: m.index,
        text: m[0],
        resolve: () => ({ iso: m[2]!, precision: "YEAR", approximate: false }),
      });
    }
    found.sort((a, b) => a.index - b.index);
    for (const f of found) {
      const v = f.resolve();
      if (!v) continue;
      const start = s.start + f.index;
      const status =
        toDay(v.iso.padEnd(10, "-01").replace(/-$/, "")) > toDay(publishedAt) ||
        (future && /next|follow|later|week/i.test(f.text))
          ? "SCHEDULED"
          : "OCCURRED";
      out.push({
        start,
        end: start + f.text.length,
        value: { ...v, text: f.text, status, span: { start, end: start + f.text.length, text: f.text } },
      });
      if (v.precision === "DAY") anchor = v.iso;
    }
  }
  return out;
}

function overlaps(a: number, al: number, b: number, bl: number): boolean {
  return a < b + bl && b < a + al;
}

function fromChrono(r: chrono.ParsedResult, words: string): Omit<DateValue, "text" | "span" | "status"> {
  const day = r.start.date().toISOString().slice(0, 10);
  if (/\bweeks?\b/i.test(words)) return { iso: weekStart(day), precision: "DAY", approximate: true };
  const precision: DatePrecision =
    r.start.isCertain("day") ||
    r.start.isCertain("weekday") ||
    /\b(?:day|days|today|yesterday|tomorrow)\b/i.test(words)
      ? "DAY"
      : r.start.isCertain("month") || /\bmonths?\b/i.test(words)
        ? "MONTH"
        : "YEAR";
  return { iso: atPrecision(day, precision), precision, approximate: false };
}
