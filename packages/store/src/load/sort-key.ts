import type { DateValue } from "@quizwire/content";

const PRECISION_RANK = { YEAR: 0, MONTH: 1, DAY: 2 } as const;

/**
 * The chronological key of an event: the date's first day, then coarser precision first (so "2018"
 * sorts before the days of 2018 and "May 2025" before the days of May), then the story's sequence,
 * then the id to make it unique. Compared as text.
 */
export function eventSortKey(date: DateValue, sequence: number, id: string): string {
  const [year = "0000", month = "01", day = "01"] = date.iso.split("-");
  const start = `${year.padStart(4, "0")}-${month}-${day}`;
  return `${start}|${PRECISION_RANK[date.precision]}|${String(sequence).padStart(6, "0")}|${id}`;
}
