import type { Span } from "@quizwire/content";
import { boolean, doublePrecision, jsonb, text, timestamp } from "drizzle-orm/pg-core";

/** How a fact was made: on every fact table. */
export const provenanceColumns = () => ({
  method: text("method").notNull(),
  confidence: doublePrecision("confidence").notNull(),
  status: text("status").notNull(),
});

export const timestampColumns = () => ({
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/**
 * A DateValue spread over columns, so events can be filtered and sorted by date in SQL. `dateText`
 * is null when the article does not state the date; `dateBasis` then says how it was inferred.
 */
export const dateColumns = () => ({
  dateIso: text("date_iso").notNull(),
  datePrecision: text("date_precision").notNull(),
  dateText: text("date_text"),
  dateBasis: text("date_basis"),
  dateStatus: text("date_status").notNull(),
  dateApproximate: boolean("date_approximate").notNull(),
  dateSpan: jsonb("date_span").$type<Span>(),
});
