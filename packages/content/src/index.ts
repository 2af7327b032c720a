export * from "./schema/article.js";
export * from "./schema/date.js";
export * from "./schema/entity.js";
export * from "./schema/event.js";
export * from "./schema/provenance.js";
export * from "./schema/quote.js";
export * from "./schema/relation.js";
export * from "./schema/span.js";
