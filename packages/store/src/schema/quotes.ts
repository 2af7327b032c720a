import type { DateValue } from "@quizwire/content";
import { index, integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { articles } from "./articles.js";
import { provenanceColumns, timestampColumns } from "./columns.js";
import { entities } from "./entities.js";
import { events } from "./events.js";

export const quotes = pgTable(
  "quotes",
  {
    id: text("id").primaryKey(),
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    speakerId: text("speaker_id")
      .notNull()
      .references(() => entities.id),
    text: text("text").notNull(),
    kind: text("kind").notNull(),
    channel: text("channel"),
    channelEntityId: text("channel_entity_id").references(() => entities.id),
    eventId: text("event_id").references(() => events.id),
    date: jsonb("date").$type<DateValue>(),
    evidenceStart: integer("evidence_start").notNull(),
    evidenceEnd: integer("evidence_end").notNull(),
    evidenceText: text("evidence_text").notNull(),
    speakerResolution: text("speaker_resolution").notNull(),
    position: integer("position").notNull(),
    /** normalizeSearchText(text), for accent-insensitive search. */
    searchText: text("search_text").notNull(),
    ...provenanceColumns(),
    ...timestampColumns(),
  },
  (t) => [
    index("quotes_speaker_idx").on(t.speakerId),
    index("quotes_article_idx").on(t.articleId, t.evidenceStart, t.id),
  ],
);
