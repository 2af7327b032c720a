export {
  type ContentDir,
  contentDataDir,
  type Loaded,
  listCuratedArticles,
  listRawArticles,
  loadContentDir,
} from "./load/content-dir.js";
export { loadAnnotatedArticleFile, loadRawArticleFile } from "./load/load-file.js";
export * from "./schema/article.js";
export * from "./schema/date.js";
export * from "./schema/entity.js";
export * from "./schema/event.js";
export * from "./schema/provenance.js";
export * from "./schema/quote.js";
export * from "./schema/relation.js";
export * from "./schema/span.js";
export { type Segmentation, segment } from "./text/segment.js";
export { findSpan, spanAt } from "./text/span.js";
export { dateProblem } from "./validate/dates.js";
export {
  type ContentError,
  ContentValidationError,
  formatContentError,
  type ValidationResult,
} from "./validate/error.js";
export { validateAnnotatedArticle } from "./validate/validate-article.js";
export { validateRawArticle } from "./validate/validate-raw.js";
