import { type AnnotatedArticle, formatContentError, validateAnnotatedArticle } from "@quizwire/content";
import { StoreInputError } from "../errors.js";

/** Validates a data file as curated content is validated (schema, spans, ids, references, dates). */
export function parseAnnotated(input: unknown): AnnotatedArticle {
  const slug = (input as { article?: { slug?: unknown } } | null)?.article?.slug;
  const source = typeof slug === "string" ? `article '${slug}'` : "annotated article";
  const result = validateAnnotatedArticle(input, source);
  if (!result.ok) {
    const lines = result.errors.map(formatContentError).join("\n");
    throw new StoreInputError(
      `The ${source} is not valid; fix these ${result.errors.length} problems:\n${lines}`,
    );
  }
  return result.value;
}
