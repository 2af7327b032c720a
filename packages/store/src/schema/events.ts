import type { Span } from "@quizwire/content";
import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, serial, text } from "drizzle-orm/pg-core";
import { articles } from "./articles.js";
import { dateColumns, provenanceColumns, timestampColumns } from "./columns.js";
import { entities } from "./entities.js";

export const events = pgTable(
  "events",
  {
    id: text("id").primaryKey(),
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    summary: text("summary"),
    ...dateColumns(),
    /** Chronological key honouring precision: see `eventSortKey`. Unique (it ends with the id). */
    sortKey: text("sort_key").notNull(),
    locationId: text("location_id").references(() => entities.id),
    evidence: jsonb("evidence").$type<Span[]>().notNull(),
    sequence: integer("sequence").notNull(),
    /** Index in the data file's events array, to rebuild the file. */
    position: integer("position").notNull(),
    /** normalizeSearchText(title + summary). */
    searchText: text("search_text").notNull(),
    ...provenanceColumns(),
    ...timestampColumns(),
  },
  (t) => [
    index("events_article_sort_idx").on(t.articleId, t.sortKey),
    index("events_sort_idx").on(t.sortKey),
    index("events_location_idx").on(t.locationId),
    // Either the words as written or, when the article does not state the date, how it was inferred.
    check("events_date_text_or_basis", sql`(${t.dateText} is null) <> (${t.dateBasis} is null)`),
  ],
);

export const eventParticipants = pgTable(
  "event_participants",
  {
    id: serial("id").primaryKey(),
    eventId: text("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    entityId: text("entity_id")
      .notNull()
      .references(() => entities.id),
    role: text("role").notNull(),
    position: integer("position").notNull(),
    ...provenanceColumns(),
  },
  (t) => [
    index("event_participants_event_idx").on(t.eventId, t.position),
    index("event_participants_entity_idx").on(t.entityId),
  ],
);
