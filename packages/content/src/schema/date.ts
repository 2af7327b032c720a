import { z } from "zod";
import { SpanSchema } from "./span.js";

export const DATE_PRECISIONS = ["DAY", "MONTH", "YEAR"] as const;
export const DatePrecisionSchema = z.enum(DATE_PRECISIONS);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

export const DATE_STATUSES = ["OCCURRED", "SCHEDULED"] as const;
export const DateStatusSchema = z.enum(DATE_STATUSES);
export type DateStatus = z.infer<typeof DateStatusSchema>;

/**
 * A date as resolved from the text. `iso` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY` according to
 * `precision`; `text` keeps the words as written ("Last Saturday", "next week", "in 2018"). A week
 * ("next week") is stored at DAY precision on its first day with `approximate: true`.
 *
 * A date the article does not state has `text: null`, a `basis` saying how `iso` was inferred
 * ("before the Muscat round"), `approximate: true` and no `span`; a stated date has no `basis`.
 * The validator checks these rules (`checkDates`), so that one mistake does not hide the fact's others.
 */
export const DateValueSchema = z
  .object({
    iso: z.string().min(4),
    precision: DatePrecisionSchema,
    /** The words as written; null when the article does not state the date. */
    text: z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? "missing: add the words as written, or null when the article does not state the date (then add basis)"
            : undefined,
      })
      .min(1)
      .nullable(),
    /** Only when `text` is null: an editor's short note on how `iso` was inferred. */
    basis: z.string().min(1).optional(),
    status: DateStatusSchema,
    /** True when the iso value is the start of a vaguer range (a week, "shortly after") or inferred. */
    approximate: z.boolean().default(false),
    /** Where the words are in the body; its text must equal `text`. */
    span: SpanSchema.optional(),
  })
  .strict();
export type DateValue = z.infer<typeof DateValueSchema>;
