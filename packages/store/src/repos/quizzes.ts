import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../db.js";
import { canonicalJson, sha256Hex } from "../load/hash.js";
import type { AttemptRow, NewAttempt, NewQuiz, QuizRow } from "../quiz-types.js";
import * as schema from "../schema/index.js";
import { byKey, distinct, groupByKey } from "./group.js";

const qz = schema.quizzes;
const at = schema.attempts;

/** How many attempts of a quiz came from one origin (null: no origin was recorded). */
export interface OriginCount {
  origin: string | null;
  attempts: number;
}

/** Quiz instances and their attempts. */
export function quizzes(db: Db) {
  const attemptByIdempotencyKey = async (
    quizId: string,
    idempotencyKey: string,
  ): Promise<AttemptRow | null> => {
    const [row] = await db
      .select()
      .from(at)
      .where(and(eq(at.quizId, quizId), eq(at.idempotencyKey, idempotencyKey)));
    return row ?? null;
  };
  return {
    /** Insert-or-nothing on the unique (article, identity key) index when keyed; see NewQuiz.contentHash. */
    async createQuiz({ contentHash, ...quiz }: NewQuiz): Promise<QuizRow> {
      const identityKey =
        contentHash === undefined
          ? null
          : sha256Hex(canonicalJson({ contentHash, options: quiz.options ?? null, seed: quiz.seed }));
      const [inserted] = await db
        .insert(qz)
        .values({ ...quiz, id: quiz.id ?? randomUUID(), identityKey })
        .onConflictDoNothing({ target: [qz.articleId, qz.identityKey] })
        .returning();
      if (inserted) return inserted;
      // A conflict means a committed row with this key exists (ON CONFLICT waits for a concurrent one).
      const [first] = await db
        .select()
        .from(qz)
        .where(and(eq(qz.articleId, quiz.articleId), eq(qz.identityKey, identityKey!)));
      if (!first) throw new Error("createQuiz: the conflicting quiz vanished; retry the request");
      return first;
    },
    async quizById(id: string): Promise<QuizRow | null> {
      const [row] = await db.select().from(qz).where(eq(qz.id, id));
      return row ?? null;
    },
    async quizzesByIds(ids: readonly string[]): Promise<(QuizRow | null)[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .select()
        .from(qz)
        .where(inArray(qz.id, distinct(ids)));
      return byKey(ids, rows, (r) => r.id);
    },
    attemptByIdempotencyKey,
    /** Insert-or-nothing on the unique (quiz, key) index, so concurrent duplicates cannot both land. */
    async insertAttempt(attempt: NewAttempt): Promise<{ attempt: AttemptRow; created: boolean }> {
      const [inserted] = await db
        .insert(at)
        .values({ ...attempt, origin: attempt.origin ?? null, id: randomUUID() })
        .onConflictDoNothing({ target: [at.quizId, at.idempotencyKey] })
        .returning();
      if (inserted) return { attempt: inserted, created: true };
      const first = await attemptByIdempotencyKey(attempt.quizId, attempt.idempotencyKey);
      if (!first) throw new Error("insertAttempt: the conflicting attempt vanished; retry the request");
      return { attempt: first, created: false };
    },
    async attemptsByQuiz(quizId: string, options: { origin?: string | null } = {}): Promise<AttemptRow[]> {
      return db
        .select()
        .from(at)
        .where(and(eq(at.quizId, quizId), options.origin ? eq(at.origin, options.origin) : undefined))
        .orderBy(asc(at.createdAt), asc(at.id));
    },
    async attemptOriginsByQuizIds(quizIds: readonly string[]): Promise<OriginCount[][]> {
      if (quizIds.length === 0) return [];
      const attempts = sql<number>`count(*)::int`;
      const rows = await db
        .select({ quizId: at.quizId, origin: at.origin, attempts })
        .from(at)
        .where(inArray(at.quizId, distinct(quizIds)))
        .groupBy(at.quizId, at.origin)
        // "C": byte order, so PGlite and a PostgreSQL server in any locale sort ties alike.
        .orderBy(desc(attempts), sql`${at.origin} collate "C" asc nulls last`);
      return groupByKey(quizIds, rows, (r) => r.quizId).map((list) =>
        list.map(({ origin, attempts }) => ({ origin, attempts })),
      );
    },
  };
}
