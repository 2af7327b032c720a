import type { Span } from "@quizwire/content";
import { boolean, index, integer, jsonb, pgTable, primaryKey, serial, text } from "drizzle-orm/pg-core";
import { articles } from "./articles.js";
import { provenanceColumns, timestampColumns } from "./columns.js";

/** Entities are global: the same person across articles is one row. */
export const entities = pgTable(
  "entities",
  {
    id: text("id").primaryKey(),
    kind: text("kind").notNull(),
    name: text("name").notNull(),
    aliases: text("aliases").array().notNull().default([]),
    description: text("description"),
    /** normalizeSearchText(name): the sort and match key. */
    searchName: text("search_name").notNull(),
    /** Normalised aliases as "|alias one|alias two|", so one LIKE finds an alias equal to or starting with the query. */
    searchAliases: text("search_aliases").notNull(),
    ...provenanceColumns(),
    ...timestampColumns(),
  },
  (t) => [
    index("entities_name_idx").on(t.searchName, t.id),
    index("entities_kind_name_idx").on(t.kind, t.searchName, t.id),
  ],
);

/** Which entities an article declares, in its order, with that article's provenance. */
export const articleEntities = pgTable(
  "article_entities",
  {
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    entityId: text("entity_id")
      .notNull()
      .references(() => entities.id),
    position: integer("position").notNull(),
    ...provenanceColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.entityId] }),
    index("article_entities_entity_idx").on(t.entityId),
  ],
);

export const entityRoles = pgTable(
  "entity_roles",
  {
    id: serial("id").primaryKey(),
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    entityId: text("entity_id")
      .notNull()
      .references(() => entities.id),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    ofId: text("of_id").references(() => entities.id),
    asOf: text("as_of"),
    former: boolean("former").notNull().default(false),
    evidence: jsonb("evidence").$type<Span[]>().notNull(),
    ...provenanceColumns(),
  },
  (t) => [index("entity_roles_entity_idx").on(t.entityId), index("entity_roles_article_idx").on(t.articleId)],
);

export const mentions = pgTable(
  "mentions",
  {
    id: serial("id").primaryKey(),
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    entityId: text("entity_id")
      .notNull()
      .references(() => entities.id),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    text: text("text").notNull(),
    position: integer("position").notNull(),
    ...provenanceColumns(),
  },
  (t) => [
    index("mentions_entity_idx").on(t.entityId, t.articleId, t.start),
    index("mentions_article_idx").on(t.articleId, t.start),
  ],
);
