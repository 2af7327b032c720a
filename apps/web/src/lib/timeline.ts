import { dayNumber } from "./dates";

/** An event to place: its id, ISO date and whether it is still to come. */
export type TimelineInput = { id: string; iso: string; scheduled: boolean };
export type TimelineMark = TimelineInput & { x: number; y: number; number: number };

/** Options of the layout; defaults suit a 600 × 90 viewBox. */
export type TimelineOptions = { width?: number; padding?: number; baseline?: number; gap?: number };

/**
 * Places events on a horizontal axis in proportion to their dates, numbered in order. Marks closer
 * than `gap` to the previous one step up a row so their numbers stay readable.
 */
export function layoutTimeline(events: TimelineInput[], options: TimelineOptions = {}): TimelineMark[] {
  const { width = 600, padding = 24, baseline = 60, gap = 26 } = options;
  const sorted = [...events].sort((a, b) => dayNumber(a.iso) - dayNumber(b.iso));
  const days = sorted.map((e) => dayNumber(e.iso));
  const min = Math.min(...days);
  const span = Math.max(...days) - min;
  const marks: TimelineMark[] = [];
  sorted.forEach((e, i) => {
    const x = span === 0 ? width / 2 : padding + (((days[i] ?? min) - min) / span) * (width - 2 * padding);
    const prev = marks[i - 1];
    const crowded = prev !== undefined && x - prev.x < gap;
    const y = crowded ? (prev.y === baseline ? baseline - 30 : baseline) : baseline;
    marks.push({ ...e, x, y, number: i + 1 });
  });
  return marks;
}
