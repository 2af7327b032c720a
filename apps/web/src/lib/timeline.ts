import { dayNumber } from "./dates";

/**
 * An event to place: its id, ISO date, whether it is still to come and whether the date is
 * approximate (a vaguer range, or inferred because the article does not state it).
 */
export type TimelineInput = { id: string; iso: string; scheduled: boolean; approximate?: boolean };
/** `afterBreak`: the gap before this mark was shortened (the axis is broken there). */
export type TimelineMark = TimelineInput & { x: number; y: number; number: number; afterBreak: boolean };

/** Options of the layout; defaults suit a 600 × 90 viewBox. */
export type TimelineOptions = {
  width?: number;
  padding?: number;
  baseline?: number;
  gap?: number;
  /** Longest gap between two events drawn to scale, in days. Default 45. */
  maxGapDays?: number;
  /** How many days a longer gap is drawn as, once cut. Default 14. */
  breakDays?: number;
};

/**
 * Places events on a horizontal axis in proportion to their dates, numbered in order. A gap longer
 * than `maxGapDays` is drawn as `breakDays` and flagged, so a story spanning years (2015, 2018, then a
 * week in 2025) still spreads its recent days apart. Marks closer than `gap` to the previous one step
 * up a row so their numbers stay readable.
 */
export function layoutTimeline(events: TimelineInput[], options: TimelineOptions = {}): TimelineMark[] {
  const { width = 600, padding = 24, baseline = 60, gap = 26, maxGapDays = 45, breakDays = 14 } = options;
  const sorted = [...events].sort((a, b) => dayNumber(a.iso) - dayNumber(b.iso));
  const days = sorted.map((e) => dayNumber(e.iso));
  // Position on a scale where every long gap counts as breakDays.
  const scaled: number[] = [];
  const broken: boolean[] = [];
  days.forEach((d, i) => {
    const step = i === 0 ? 0 : d - days[i - 1]!;
    broken.push(step > maxGapDays);
    scaled.push(i === 0 ? 0 : scaled[i - 1]! + (step > maxGapDays ? breakDays : step));
  });
  const span = scaled.at(-1) ?? 0;
  const marks: TimelineMark[] = [];
  sorted.forEach((e, i) => {
    const x = span === 0 ? width / 2 : padding + (scaled[i]! / span) * (width - 2 * padding);
    const prev = marks[i - 1];
    const crowded = prev !== undefined && x - prev.x < gap;
    const y = crowded ? (prev.y === baseline ? baseline - 30 : baseline) : baseline;
    marks.push({ ...e, x, y, number: i + 1, afterBreak: broken[i]! });
  });
  return marks;
}
