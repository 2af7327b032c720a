import { type Answer, type GradeResult, gradeAnswer, gradeQuiz, itemStats } from "@quizwire/quiz";
import type { Context } from "../context.js";
import { badInput, notFound } from "../errors.js";
import type { AnswerValueInput, SubmitAttemptInput } from "./answer.input.js";
import type { AttemptResult, QuestionResult } from "./attempt.type.js";
import { parseOrigin, requireOrigin } from "./origin.js";
import { quizById } from "./quiz.service.js";
import type { OriginCount, QuizStats } from "./quiz-stats.type.js";
import type { QuizValue } from "./stored-quiz.js";

const toAnswer = (a: AnswerValueInput): Answer => ({
  ...(a.choiceIds ? { choiceIds: a.choiceIds } : {}),
  ...(a.text !== null && a.text !== undefined ? { text: a.text } : {}),
  ...(a.pairs ? { pairs: a.pairs.map((p) => ({ leftId: p.leftId, rightId: p.rightId })) } : {}),
});

/** A grade with the explanation and the evidence (as spans of the quiz's article) of its question. */
function withProof(quiz: QuizValue, r: GradeResult): QuestionResult {
  const q = quiz.stored.questions.find((x) => x.id === r.questionId)!;
  const evidence = q.evidence.map((s) => ({ ...s, articleId: quiz.articleId }));
  return { ...r, explanation: q.explanation, evidence };
}

/** Grades and stores an attempt once per idempotency key; a repeated key gets the first result back. */
export async function submitAttempt(ctx: Context, input: SubmitAttemptInput): Promise<AttemptResult> {
  if (input.idempotencyKey.trim().length === 0 || input.idempotencyKey.length > 200) {
    throw badInput(
      "idempotencyKey must be 1 to 200 characters (a UUID made by the client is a good choice).",
    );
  }
  // Stored in the form quizStats(origin) matches; an Origin header that is no origin ("null") is none.
  const origin =
    input.origin != null
      ? requireOrigin("origin", input.origin, "leave it out to record the request's Origin header")
      : ctx.origin && parseOrigin(ctx.origin);
  const quiz = await quizById(ctx, input.quizId);
  const known = await ctx.store.attemptByIdempotencyKey(quiz.key, input.idempotencyKey);
  if (known) return { ...(known.results as AttemptResult), attemptId: known.id, replayed: true };
  const graded = gradeQuiz(
    quiz.stored.questions,
    quiz.stored.answerKey,
    input.answers.map((a) => ({ questionId: a.questionId, ...toAnswer(a) })),
  );
  const results = graded.results.map((r) => withProof(quiz, r));
  const { attempt, created } = await ctx.store.insertAttempt({
    quizId: quiz.key,
    idempotencyKey: input.idempotencyKey,
    answers: input.answers,
    results: { score: graded.score, total: graded.total, results },
    score: graded.score,
    total: graded.total,
    origin: origin || null,
  });
  return { ...(attempt.results as AttemptResult), attemptId: attempt.id, replayed: !created };
}

/** Grades one answer without storing anything, for feedback question by question. */
export async function checkAnswer(
  ctx: Context,
  quizId: string,
  questionId: string,
  answer: AnswerValueInput,
): Promise<QuestionResult> {
  const quiz = await quizById(ctx, quizId);
  const question = quiz.stored.questions.find((q) => q.id === questionId);
  const key = quiz.stored.answerKey.find((k) => k.questionId === questionId);
  if (!question || !key) {
    const ids = quiz.stored.questions.map((q) => q.id).join(", ");
    throw notFound(`There is no question "${questionId}" in this quiz; its questions are ${ids}.`);
  }
  return withProof(quiz, gradeAnswer(question, key, toAnswer(answer)));
}

/** Share correct and discrimination per question over the stored attempts (of one origin, if given). */
export async function quizStats(
  ctx: Context,
  quizId: string,
  asked: string | null | undefined,
): Promise<QuizStats> {
  const origin = asked == null ? null : requireOrigin("origin", asked, "leave it out for every origin");
  const quiz = await quizById(ctx, quizId);
  const attempts = await ctx.store.attemptsByQuiz(quiz.key, { origin });
  const stats = itemStats(attempts.map((a) => ({ results: (a.results as AttemptResult).results })));
  // Questions nobody answered yet still get a row, so a publisher sees the whole quiz.
  const byId = new Map(stats.questions.map((q) => [q.questionId, q]));
  return {
    quizKey: quiz.key,
    attempts: stats.attempts,
    meanScore: stats.meanScore,
    questions: quiz.stored.questions.map(
      (q) => byId.get(q.id) ?? { questionId: q.id, shareCorrect: 0, meanCredit: 0, discrimination: null },
    ),
    distribution: scoreDistribution(
      attempts.map((a) => (a.results as AttemptResult).score),
      quiz.stored.questions.length,
    ),
  };
}

/** Attempts of the quiz per origin, most first (one statement; the filter of quizStats does not apply). */
export async function originCounts(ctx: Context, quizKey: string): Promise<OriginCount[]> {
  const [counts] = await ctx.store.attemptOriginsByQuizIds([quizKey]);
  return counts ?? [];
}

/** Attempts per whole score from 0 to `total`; every bucket is present so a chart has no gaps. */
export function scoreDistribution(scores: number[], total: number): { score: number; count: number }[] {
  const counts = Array.from({ length: total + 1 }, () => 0);
  for (const s of scores) {
    const i = Math.min(total, Math.max(0, Math.round(s)));
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts.map((count, score) => ({ score, count }));
}
