import type { DatePrecision } from "../src/schema/date.js";
import type { DateDraft } from "./seed-facts-types.js";

/**
 * Tuesday 22 April 2025. The story reports Trump's remarks "On Monday, April 21" in the past tense
 * and calls the Rome round (Saturday 19 April) "Last Saturday", so it was written after Monday
 * 21 April and before the next Saturday; 21 April fell on a Monday in 2025, and the context (the
 * 2015 JCPOA abandoned in 2018, a Trump administration with Waltz as National Security Advisor) fixes
 * the year. A date written out in full rather than "yesterday" or "today" points to the day after.
 */
export const PUBLISHED_AT = "2025-04-22";

export const PUBLISHED_AT_NOTE =
  "Not printed with the story; deduced from the text. Trump's remarks are reported in the past tense as made " +
  "“On Monday, April 21” (a Monday in 2025; the 2015 JCPOA abandoned in 2018 and Mike Waltz as National " +
  "Security Advisor of the Trump administration place it in 2025), and the Rome round is “Last Saturday”, " +
  "i.e. 19 April 2025, so the story was written between Tuesday 22 and Friday 25 April 2025. We take the " +
  "earliest, Tuesday 22 April 2025: the Monday is named by its date rather than as “today”, and the " +
  "scheduled rounds (“next week”, “the following week”) are resolved against it.";

/** Saturday 19 April 2025: the Rome round. */
export const ROME_ROUND: DateDraft = { iso: "2025-04-19", precision: "DAY", text: "Last Saturday" };

/** Saturday 12 April 2025: the Muscat round, "a week earlier" than Rome. */
export const MUSCAT_ROUND: DateDraft = { iso: "2025-04-12", precision: "DAY", text: "a week earlier" };

/** Any day from the Muscat round on: the body says only "after". */
export const FOX_INTERVIEW: DateDraft = {
  iso: "2025-04-12",
  precision: "DAY",
  text: "after the Muscat meeting",
  approximate: true,
};

/** A day after the interview, whose own day is known only as "after the Muscat meeting". */
export const WITKOFF_X_POST: DateDraft = {
  iso: "2025-04-13",
  precision: "DAY",
  text: "Just a day later",
  approximate: true,
};

export const SECURITY_MEETING: DateDraft = {
  iso: "2025-04-12",
  precision: "DAY",
  text: "shortly after the Muscat talks",
  approximate: true,
};

/** A stop on the way to Rome: taken as the day before the Rome round. */
export const MOSCOW_VISIT: DateDraft = {
  iso: "2025-04-18",
  precision: "DAY",
  text: "Before arriving in Rome",
  approximate: true,
};

/** "That same day" as the Moscow visit, so as approximate as the visit. */
export const RATIFICATION: DateDraft = {
  iso: "2025-04-18",
  precision: "DAY",
  text: "That same day",
  approximate: true,
};

export const TRUMP_TO_REPORTERS: DateDraft = {
  iso: "2025-04-21",
  precision: "DAY",
  text: "On Monday, April 21",
};

/** The week after the week of publication: Monday 28 April 2025 onwards. */
export const GENEVA_ROUND: DateDraft = {
  iso: "2025-04-28",
  precision: "DAY",
  text: "next week",
  status: "SCHEDULED",
  approximate: true,
};

/** The week after that: Monday 5 May 2025 onwards. */
export const OMAN_ROUND: DateDraft = {
  iso: "2025-05-05",
  precision: "DAY",
  text: "the following week",
  status: "SCHEDULED",
  approximate: true,
};

export const JCPOA_2015: DateDraft = { iso: "2015", precision: "YEAR", text: "2015" };

/** "in 2018" occurs twice: the withdrawal sentence is the second. */
export const WITHDRAWAL_2018: DateDraft = {
  iso: "2018",
  precision: "YEAR",
  text: "in 2018",
  at: ["in 2018", 1],
};
export const DENOUNCED_2018: DateDraft = {
  iso: "2018",
  precision: "YEAR",
  text: "in 2018",
  at: ["in 2018", 0],
};

/** Waltz's demand and the decision to send Witkoff: before the talks, only the year is sure. */
export const BEGINNING_OF_NEGOTIATIONS: DateDraft = {
  iso: "2025",
  precision: "YEAR",
  text: "At the beginning of negotiations",
};

/**
 * A date the body does not state, inferred from the story's order: no words, so `text` is null and
 * `basis` says how the iso was reached.
 */
export function inferred(iso: string, precision: DatePrecision, basis: string): DateDraft {
  return { iso, precision, text: null, basis, approximate: true };
}

/** Before the Muscat round (12 April 2025): only the year is sure. */
export const BEFORE_MUSCAT = inferred("2025", "YEAR", "before the Muscat round");

/**
 * Undated in the body but bounded by it: after the Muscat round (12 April) and before publication
 * (22 April), so April 2025 at month precision.
 */
export function aprilUndated(basis: string): DateDraft {
  return inferred("2025-04", "MONTH", basis);
}

/** After the Rome round and before publication: from 19 April. */
export const AFTER_ROME = inferred("2025-04-19", "DAY", "after the Rome round");

/** During Araghchi's stop in Moscow, itself taken as the day before the Rome round. */
export const DURING_MOSCOW_VISIT = inferred(
  MOSCOW_VISIT.iso,
  MOSCOW_VISIT.precision,
  "during the Moscow visit",
);
