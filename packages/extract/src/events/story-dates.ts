import type { DateValue } from "@quizwire/content";
import { shift } from "../dates/calendar.js";
import type { EventContext, EventDraft } from "./find-events.js";

const BEFORE_ARRIVING =
  /\b(?:[Bb]efore|[Pp]rior to)\s+(?:arriving|landing)\s+in\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)/u;
const SAME_DAY = /^(?:that|the)\s+same\s+day$/i;

/**
 * Dates an event by the events already found, where the sentence ties it to one of them:
 * "Before arriving in Rome, he stopped in Moscow" is the day before the dated event in Rome
 * (approximate); "That same day" is the day of the event just told, not of the last date written.
 */
export function dateFromStory(
  ctx: EventContext,
  text: string,
  sentenceStart: number,
  date: DateValue,
  earlier: EventDraft[],
): DateValue {
  const arriving = BEFORE_ARRIVING.exec(text);
  if (arriving) {
    const there = earlier.find(
      (e) =>
        e.date.precision === "DAY" &&
        e.date.status === "OCCURRED" &&
        e.locationId &&
        ctx.entities.get(e.locationId)?.name === arriving[1],
    );
    if (there)
      return {
        iso: shift(there.date.iso, -1, "day"),
        precision: "DAY",
        text: arriving[0],
        status: "OCCURRED",
        approximate: true,
      };
  }
  const last = [...earlier]
    .reverse()
    .find((e) => e.date.precision === "DAY" && e.date.status === "OCCURRED" && e.date.text !== null);
  if (!last || last.date.iso === date.iso) return date;
  if (date.text !== null && SAME_DAY.test(date.text))
    return { ...date, iso: last.date.iso, ...(last.date.approximate ? { approximate: true } : {}) };
  // An undated event follows the last date written before it, unless an event told after that
  // date carries a date of its own (the day before a round, "that same day").
  if (date.text === null && last.at > lastWrittenDay(ctx, sentenceStart))
    return {
      iso: last.date.iso,
      precision: "DAY",
      text: null,
      basis: `after “${last.date.text}”`,
      status: "OCCURRED",
      approximate: true,
    };
  return date;
}

function lastWrittenDay(ctx: EventContext, before: number): number {
  const d = [...ctx.dates]
    .reverse()
    .find((x) => x.end <= before && x.value.precision === "DAY" && x.value.iso <= ctx.publishedAt);
  return d ? d.start : -1;
}
