import type { Span } from "@quizwire/content";
import { index, integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { articles } from "./articles.js";
import { provenanceColumns, timestampColumns } from "./columns.js";
import { entities } from "./entities.js";

export const relations = pgTable(
  "relations",
  {
    id: text("id").primaryKey(),
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    subjectId: text("subject_id")
      .notNull()
      .references(() => entities.id),
    predicate: text("predicate").notNull(),
    objectId: text("object_id")
      .notNull()
      .references(() => entities.id),
    label: text("label"),
    evidence: jsonb("evidence").$type<Span[]>().notNull(),
    position: integer("position").notNull(),
    ...provenanceColumns(),
    ...timestampColumns(),
  },
  (t) => [
    index("relations_article_idx").on(t.articleId, t.position),
    index("relations_subject_idx").on(t.subjectId),
    index("relations_object_idx").on(t.objectId),
  ],
);
