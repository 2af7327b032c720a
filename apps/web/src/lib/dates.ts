const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A date as the API gives it: the ISO value at its precision and the words as written, or (text
 * null) the basis on which a date the article does not state was inferred.
 */
export type DateLike = {
  iso: string;
  precision: string;
  text?: string | null;
  basis?: string | null;
  status?: string;
  approximate?: boolean;
};

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

/**
 * How the article gives a date, for a reader: the words as written in quotes ("“Last Saturday”"),
 * or, when it does not state the date, that it does not and what the date was inferred from
 * ("Date not stated — inferred: before the Muscat round"), never the inference passed off as words.
 */
export function dateWords(date: DateLike): string {
  if (date.text) return `“${date.text}”`;
  return date.basis ? `Date not stated — inferred: ${date.basis}` : "Date not stated";
}

/** Days since 1970 at the start of the date's precision, to place it on a time axis. */
export function dayNumber(iso: string): number {
  const [y = "1970", m = "01", d = "01"] = iso.split("-");
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 86_400_000;
}
