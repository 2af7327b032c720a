import type { AnnotatedArticle, RawArticle } from "../schema/article.js";
import type { ValidationResult } from "../validate/error.js";
import { validateAnnotatedArticle } from "../validate/validate-article.js";
import { validateRawArticle } from "../validate/validate-raw.js";
import { readJsonFile } from "./read-json.js";

/** Reads and validates one annotated-article file; errors name this path. */
export function loadAnnotatedArticleFile(path: string): ValidationResult<AnnotatedArticle> {
  const json = readJsonFile(path);
  return json.ok ? validateAnnotatedArticle(json.value, path) : json;
}

/** Reads and validates one raw-article file; errors name this path. */
export function loadRawArticleFile(path: string): ValidationResult<RawArticle> {
  const json = readJsonFile(path);
  return json.ok ? validateRawArticle(json.value, path) : json;
}
