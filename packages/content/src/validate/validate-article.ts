import { type AnnotatedArticle, AnnotatedArticleSchema } from "../schema/article.js";
import { checkDates } from "./dates.js";
import type { ContentError, ValidationResult } from "./error.js";
import { checkFactText } from "./facts.js";
import { type ArticleParts, partsOf, salvageParts } from "./parts.js";
import { checkDuplicateIds, checkReferences } from "./references.js";
import { checkSpans } from "./spans.js";
import { checkStructure } from "./structure.js";
import { zodIssuesToErrors } from "./zod-issues.js";

const CHECKS = [checkStructure, checkSpans, checkDuplicateIds, checkReferences, checkDates, checkFactText];

/**
 * Validates an annotated-article data file: the schema first, then everything the schema cannot
 * say (spans match the body, ids are unique, references resolve, dates are real, sentences and
 * paragraphs cover the body…). Reports every error found, not only the first. Pure: no I/O.
 *
 * @param file the name to report errors against.
 */
export function validateAnnotatedArticle(data: unknown, file: string): ValidationResult<AnnotatedArticle> {
  const parsed = AnnotatedArticleSchema.safeParse(data, { reportInput: true });
  const schemaErrors = parsed.success ? [] : zodIssuesToErrors(file, parsed.error.issues);
  const parts: ArticleParts = parsed.success ? partsOf(parsed.data) : salvageParts(data);
  const errors: ContentError[] = [...schemaErrors, ...CHECKS.flatMap((check) => check(file, parts))];
  if (parsed.success && errors.length === 0) return { ok: true, value: parsed.data };
  return { ok: false, errors };
}
