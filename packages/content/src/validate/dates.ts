import type { DatePrecision, DateValue } from "../schema/date.js";
import { type ContentError, formatPath, quoteText } from "./error.js";
import type { ArticleParts } from "./parts.js";
import { matchesBody } from "./spans.js";

const FORMATS: Record<DatePrecision, { pattern: RegExp; written: string }> = {
  DAY: { pattern: /^(\d{4})-(\d{2})-(\d{2})$/, written: "YYYY-MM-DD" },
  MONTH: { pattern: /^(\d{4})-(\d{2})$/, written: "YYYY-MM" },
  YEAR: { pattern: /^(\d{4})$/, written: "YYYY" },
};

/**
 * Why an ISO date is not a real calendar date in the format its precision implies, or undefined
 * when it is one (2025-02-28 is; 2025-02-30 and 2025-13 are not).
 */
export function dateProblem(iso: string, precision: DatePrecision): string | undefined {
  const { pattern, written } = FORMATS[precision];
  const match = pattern.exec(iso);
  if (!match) return `${quoteText(iso)} is not written ${written} as ${precision} precision requires`;
  const [, year, month, day] = match.map(Number) as [number, number, number | undefined, number | undefined];
  if (month !== undefined && !Number.isNaN(month) && (month < 1 || month > 12)) {
    return `${quoteText(iso)} has no month ${month}: months run 01 to 12`;
  }
  if (day !== undefined && month !== undefined) {
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > days)
      return `${quoteText(iso)} is not a real date: ${year}-${pad(month)} has ${days} days`;
  }
  return undefined;
}

/** The precision a date written YYYY, YYYY-MM or YYYY-MM-DD has, or undefined. */
export function precisionOf(iso: string): DatePrecision | undefined {
  if (/^\d{4}$/.test(iso)) return "YEAR";
  if (/^\d{4}-\d{2}$/.test(iso)) return "MONTH";
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return "DAY";
  return undefined;
}

/**
 * Checks publishedAt, every date value (its words or, when the article does not state it, its
 * basis; that its span's text is its words) and every role's asOf.
 */
export function checkDates(file: string, parts: ArticleParts): ContentError[] {
  const errors: ContentError[] = [];
  const push = (path: PropertyKey[], message: string) => {
    errors.push({ file, path: formatPath(path), message });
  };
  if (parts.article) {
    const problem = dateProblem(parts.article.publishedAt, "DAY");
    if (problem) push(["article", "publishedAt"], `${problem}; fix publishedAt`);
  }
  const checkValue = (path: PropertyKey[], date: DateValue | undefined) => {
    if (!date) return;
    const problem = dateProblem(date.iso, date.precision);
    if (problem) push([...path, "iso"], `${problem}; fix iso or precision`);
    for (const [field, message] of wordingProblems(date)) push([...path, field], message);
    if (
      date.text !== null &&
      date.span &&
      date.span.text !== date.text &&
      matchesBody(parts.body, date.span)
    ) {
      push(
        [...path, "span", "text"],
        `the date's span says ${quoteText(date.span.text)} but its text is ${quoteText(date.text)}; they must be the same words`,
      );
    }
  };
  for (const [i, quote] of parts.quotes.entries()) checkValue(["quotes", i, "date"], quote?.date);
  for (const [i, event] of parts.events.entries()) checkValue(["events", i, "date"], event?.date);
  for (const [i, entity] of parts.entities.entries()) {
    entity?.roles.forEach((role, k) => {
      if (role.asOf === undefined) return;
      const precision = precisionOf(role.asOf);
      const problem = precision
        ? dateProblem(role.asOf, precision)
        : `${quoteText(role.asOf)} is not written YYYY, YYYY-MM or YYYY-MM-DD`;
      if (problem) push(["entities", i, "roles", k, "asOf"], `${problem}; fix asOf`);
    });
  }
  return errors;
}

/**
 * What is wrong with how a date says where it comes from: a stated date has its words in `text` and
 * no `basis`; an unstated one has `text: null`, a `basis`, `approximate: true` and no span.
 */
export function wordingProblems(date: DateValue): [field: string, message: string][] {
  if (date.text !== null) {
    return date.basis === undefined
      ? []
      : [
          [
            "basis",
            "date.text holds the words as written, so basis must be left out: remove basis, or set text to null if the article does not state the date",
          ],
        ];
  }
  const problems: [string, string][] = [];
  if (date.basis === undefined)
    problems.push([
      "basis",
      'date.text is null but basis is missing: say how the date was inferred (e.g. "before the Muscat round")',
    ]);
  if (date.span)
    problems.push([
      "span",
      "date.text is null but a span is given: remove the span, or set text to the words at the span",
    ]);
  if (!date.approximate)
    problems.push(["approximate", "date.text is null, so the date is inferred: set approximate to true"]);
  return problems;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
