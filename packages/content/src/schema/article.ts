import { z } from "zod";
import { EntitySchema, IdSchema } from "./entity.js";
import { EventSchema } from "./event.js";
import { QuoteSchema } from "./quote.js";
import { RelationSchema } from "./relation.js";
import { RangeSchema } from "./span.js";

export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a slug is lower-case words joined by hyphens (e.g. 'smoke-in-rome')");

export const ArticleSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema,
    title: z.string().min(1),
    dek: z.string().optional(),
    byline: z.string().optional(),
    publisher: z.string().optional(),
    /** YYYY-MM-DD. */
    publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "publishedAt is a date written YYYY-MM-DD"),
    /** Why publishedAt is what it is, when the source does not state it outright. */
    publishedAtNote: z.string().optional(),
    dateline: z.string().optional(),
    sourceUrl: z.string().url().optional(),
    license: z.string().optional(),
    attribution: z.string().optional(),
    language: z.string().default("en"),
    /** Paragraphs separated by a single "\n". */
    body: z.string().min(1, "the body is empty: an article needs its text"),
    paragraphs: z.array(RangeSchema).min(1),
    sentences: z.array(RangeSchema).min(1),
  })
  .strict();
export type Article = z.infer<typeof ArticleSchema>;

/** An annotated-article data file: the article and every fact drawn from it. */
export const AnnotatedArticleSchema = z
  .object({
    $schema: z.string().optional(),
    formatVersion: z.literal(1),
    article: ArticleSchema,
    entities: z.array(EntitySchema),
    quotes: z.array(QuoteSchema),
    events: z.array(EventSchema),
    relations: z.array(RelationSchema),
  })
  .strict();
export type AnnotatedArticle = z.infer<typeof AnnotatedArticleSchema>;
export type AnnotatedArticleInput = z.input<typeof AnnotatedArticleSchema>;

/** A raw article awaiting ingestion: the text and where it came from, no facts. */
export const RawArticleSchema = z
  .object({
    formatVersion: z.literal(1),
    slug: SlugSchema,
    title: z.string().min(1),
    /** The dateline as printed, e.g. "Thursday, February 23, 2023". */
    dateline: z.string().min(1),
    publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    byline: z.string().optional(),
    publisher: z.string().min(1),
    sourceUrl: z.string().url(),
    license: z.string().min(1),
    attribution: z.string().min(1),
    /** Paragraphs separated by a single "\n". */
    body: z.string().min(1),
  })
  .strict();
export type RawArticle = z.infer<typeof RawArticleSchema>;

export { IdSchema };
