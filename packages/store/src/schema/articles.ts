import type { Range } from "@quizwire/content";
import { date, index, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { timestampColumns } from "./columns.js";

export const articles = pgTable(
  "articles",
  {
    id: text("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    dek: text("dek"),
    byline: text("byline"),
    publisher: text("publisher"),
    publishedAt: date("published_at", { mode: "string" }).notNull(),
    publishedAtNote: text("published_at_note"),
    dateline: text("dateline"),
    sourceUrl: text("source_url"),
    license: text("license"),
    attribution: text("attribution"),
    language: text("language").notNull().default("en"),
    body: text("body").notNull(),
    paragraphs: jsonb("paragraphs").$type<Range[]>().notNull(),
    sentences: jsonb("sentences").$type<Range[]>().notNull(),
    /** SHA-256 of the canonical JSON of the whole data file: unchanged hash, nothing to load. */
    contentHash: text("content_hash").notNull(),
    /** CURATED or DRAFT. */
    status: text("status").notNull(),
    ...timestampColumns(),
  },
  (t) => [index("articles_newest_idx").on(t.publishedAt.desc(), t.id.desc())],
);
