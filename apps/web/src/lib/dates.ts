const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A date as the API gives it: the ISO value at its precision, and the words as written. */
export type DateLike = { iso: string; precision: string; text?: string; status?: string };

/**
 * Formats a date at its precision and no finer: "19 Apr 2025", "Apr 2025" or "2025". Unparseable
 * values come back as written rather than as "Invalid Date".
 */
export function formatDate(date: DateLike): string {
  const [y, m, d] = date.iso.split("-");
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!y || !/^\d{4}$/.test(y)) return date.text ?? date.iso;
  if (date.precision === "YEAR" || !month) return y;
  if (date.precision === "MONTH" || !d) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

/** Days since 1970 at the start of the date's precision, to place it on a time axis. */
export function dayNumber(iso: string): number {
  const [y = "1970", m = "01", d = "01"] = iso.split("-");
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 86_400_000;
}
