import "server-only";
import { originAllowed } from "../../../../lib/embed-settings";
import { readEnv } from "../../../../lib/env";
import { execute } from "../../../../lib/graphql";
import type { QuizState } from "../../../../lib/quiz-state";
import { QuizQuery, SubmitAttemptMutation } from "../../../../operations/quiz";

/**
 * Grades and stores the attempt once (its idempotency key), recording the embedding page's origin
 * when it is one EMBED_ALLOWED_ORIGINS admits; undefined for an unknown quiz.
 */
export async function gradeEmbedAttempt(state: QuizState, host: string | undefined) {
  const { quiz } = await execute(QuizQuery, { id: state.quizId });
  if (!quiz?.article) return undefined;
  const answers = quiz.questions.flatMap((q) => {
    const given = state.answers[q.id];
    return given ? [{ questionId: q.id, ...given }] : [];
  });
  const origin = host && originAllowed(host, readEnv().EMBED_ALLOWED_ORIGINS) ? host : undefined;
  const { submitAttempt } = await execute(SubmitAttemptMutation, {
    input: { quizId: state.quizId, answers, idempotencyKey: state.key, ...(origin ? { origin } : {}) },
  });
  return { quiz, attempt: submitAttempt };
}
