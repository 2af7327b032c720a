import { fromDay, toDay } from "./calendar.js";

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const BARE_WEEKDAY = /^(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * A bare weekday ("on Tuesday") read by the tense of its sentence: in past or present copy the
 * last such day on or before publication, in future copy the next one on or after it. Undefined
 * for anything but a bare weekday ("last Tuesday", "Tuesday, March 4" are left to chrono).
 */
export function weekdayByTense(words: string, publishedAt: string, future: boolean): string | undefined {
  const m = BARE_WEEKDAY.exec(words);
  if (!m) return undefined;
  const target = WEEKDAYS.indexOf(m[1]!.toLowerCase());
  const published = toDay(publishedAt);
  const weekday = (new Date(published * 86_400_000).getUTCDay() + 6) % 7;
  const back = (weekday - target + 7) % 7;
  return fromDay(future ? published + ((target - weekday + 7) % 7) : published - back);
}
