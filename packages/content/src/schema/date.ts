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
 */
export const DateValueSchema = z
  .object({
    iso: z.string().min(4),
    precision: DatePrecisionSchema,
    text: z.string().min(1),
    status: DateStatusSchema,
    /** True when the iso value is the start of a vaguer range (a week, "shortly after"). */
    approximate: z.boolean().default(false),
    /** Where the words are in the body; its text must equal `text`. */
    span: SpanSchema.optional(),
  })
  .strict();
export type DateValue = z.infer<typeof DateValueSchema>;
