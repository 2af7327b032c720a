import { type RawArticle, RawArticleSchema } from "../schema/article.js";
import { dateProblem } from "./dates.js";
import type { ContentError, ValidationResult } from "./error.js";
import { zodIssuesToErrors } from "./zod-issues.js";

/**
 * Validates a raw (not yet annotated) article file: the schema, a body with text and a real
 * publishedAt. Reports every error found. Pure: no I/O.
 */
export function validateRawArticle(data: unknown, file: string): ValidationResult<RawArticle> {
  const parsed = RawArticleSchema.safeParse(data, { reportInput: true });
  const errors: ContentError[] = parsed.success ? [] : zodIssuesToErrors(file, parsed.error.issues);
  const record = (typeof data === "object" && data !== null ? data : {}) as Record<string, unknown>;
  if (typeof record.body === "string" && record.body !== "" && record.body.trim() === "") {
    errors.push({
      file,
      path: "body",
      message: "the body holds only whitespace: a raw article needs its text",
    });
  }
  if (typeof record.publishedAt === "string" && /^\d{4}-\d{2}-\d{2}$/.test(record.publishedAt)) {
    const problem = dateProblem(record.publishedAt, "DAY");
    if (problem) errors.push({ file, path: "publishedAt", message: `${problem}; fix publishedAt` });
  }
  return parsed.success && errors.length === 0 ? { ok: true, value: parsed.data } : { ok: false, errors };
}
