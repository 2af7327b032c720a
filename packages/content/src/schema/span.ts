import { z } from "zod";

/**
 * A half-open range `[start, end)` of UTF-16 code units in an article body, with the text found
 * there. The validator checks that `body.slice(start, end) === text`.
 */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    text: z.string().min(1),
  })
  .strict()
  .refine((s) => s.end > s.start, { message: "end must be greater than start", path: ["end"] });
export type Span = z.infer<typeof SpanSchema>;

/** A range without text, used for the article's own sentences and paragraphs. */
export const RangeSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().positive() })
  .strict()
  .refine((s) => s.end > s.start, { message: "end must be greater than start", path: ["end"] });
export type Range = z.infer<typeof RangeSchema>;
