import {
  bigint,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { articles } from "./articles.js";

/** A generated quiz instance. `questions` includes the answer keys: server side only. */
export const quizzes = pgTable(
  "quizzes",
  {
    id: text("id").primaryKey(),
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    options: jsonb("options").notNull(),
    seed: bigint("seed", { mode: "number" }).notNull(),
    questions: jsonb("questions").notNull(),
    /**
     * SHA-256 of the article's content hash, the normalised options and the seed, for quizzes asked
     * for with a seed: the same inputs make the same questions, so they share one row. Null for
     * random-seed quizzes and rows older than the key; NULLs never collide in the unique index.
     */
    identityKey: text("identity_key"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    index("quizzes_article_idx").on(t.articleId),
    uniqueIndex("quizzes_identity_idx").on(t.articleId, t.identityKey),
  ],
);

export const attempts = pgTable(
  "attempts",
  {
    id: text("id").primaryKey(),
    quizId: text("quiz_id")
      .notNull()
      .references(() => quizzes.id, { onDelete: "cascade" }),
    idempotencyKey: text("idempotency_key").notNull(),
    answers: jsonb("answers").notNull(),
    results: jsonb("results").notNull(),
    score: doublePrecision("score").notNull(),
    total: doublePrecision("total").notNull(),
    origin: text("origin"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("attempts_idempotency_idx").on(t.quizId, t.idempotencyKey),
    index("attempts_quiz_idx").on(t.quizId, t.createdAt),
  ],
);
