import type { DatePrecision } from "@quizwire/content";

/** Days since 1970-01-01 for an ISO day, and back: date arithmetic without time zones. */
export function toDay(iso: string): number {
  const [y = 1970, m = 1, d = 1] = iso.split("-").map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

export function fromDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The Monday of the week holding the day (weeks in news copy start on Monday). */
export function weekStart(iso: string): string {
  const day = toDay(iso);
  const weekday = (new Date(day * 86_400_000).getUTCDay() + 6) % 7;
  return fromDay(day - weekday);
}

/** Cuts an ISO day to a precision: "2025-04-19" at MONTH is "2025-04". */
export function atPrecision(iso: string, precision: DatePrecision): string {
  return precision === "DAY" ? iso.slice(0, 10) : precision === "MONTH" ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** Adds a number of days, weeks, months or years to an ISO day. */
export function shift(iso: string, amount: number, unit: "day" | "week" | "month" | "year"): string {
  if (unit === "day") return fromDay(toDay(iso) + amount);
  if (unit === "week") return fromDay(toDay(iso) + 7 * amount);
  const [y = 1970, m = 1, d = 1] = iso.split("-").map(Number);
  const months = unit === "month" ? amount : 12 * amount;
  return new Date(Date.UTC(y, m - 1 + months, d)).toISOString().slice(0, 10);
}
