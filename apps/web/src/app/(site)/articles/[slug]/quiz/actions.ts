"use server";

import { randomInt, randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import { toQuestionView } from "../../../../../components/quiz/types";
import { readAnswer } from "../../../../../lib/answer-form";
import { ApiDownError } from "../../../../../lib/api-error";
import { execute } from "../../../../../lib/graphql";
import { readPosition } from "../../../../../lib/quiz-params";
import { questionHref, resultsHref } from "../../../../../lib/quiz-state";
import { CreateQuizMutation, QuizQuery } from "../../../../../operations/quiz";

/** Runs an operation; a down API sends the player to the page that says so rather than a crash. */
async function orApiDown<T>(pending: Promise<T>): Promise<T> {
  try {
    return await pending;
  } catch (error) {
    if (error instanceof ApiDownError) redirect("/api-down");
    throw error;
  }
}

const LENGTHS = new Set([5, 10, 15]);
const DIFFICULTIES = new Set(["EASY", "MEDIUM", "HARD"]);

const field = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
};

/** Creates a quiz with the chosen options and opens its first question. */
export async function startQuiz(form: FormData): Promise<void> {
  const slug = field(form, "slug");
  const length = Number(field(form, "length"));
  const difficulty = field(form, "difficulty");
  const { createQuiz } = await orApiDown(
    execute(CreateQuizMutation, {
      input: {
        articleSlug: slug,
        questionCount: LENGTHS.has(length) ? length : 10,
        ...(DIFFICULTIES.has(difficulty) ? { difficulty: difficulty as "EASY" | "MEDIUM" | "HARD" } : {}),
        seed: randomInt(1, 2 ** 31 - 1),
      },
    }),
  );
  const mode = field(form, "mode") === "now" ? "now" : "end";
  redirect(questionHref(slug, { quizId: createQuiz.key, mode, key: randomUUID(), answers: {} }, 0));
}

/** Records the answer to question n, then shows its feedback, the next question or the results. */
export async function answerQuestion(form: FormData): Promise<void> {
  const slug = field(form, "slug");
  const position = readPosition(form);
  if (!position) redirect(`/articles/${encodeURIComponent(slug)}/quiz`);
  const { state, n } = position;
  const { quiz } = await orApiDown(execute(QuizQuery, { id: state.quizId }));
  const question = quiz?.questions[n];
  if (!quiz || !question) redirect(`/articles/${encodeURIComponent(slug)}/quiz`);
  const read = readAnswer(toQuestionView(question), form);
  if ("error" in read) redirect(questionHref(slug, state, n, { err: read.error }));
  const next = { ...state, answers: { ...state.answers, [question.id]: read.answer } };
  if (state.mode === "now") redirect(questionHref(slug, next, n, { checked: "1" }));
  redirect(n + 1 < quiz.questions.length ? questionHref(slug, next, n + 1) : resultsHref(slug, next));
}

/** After immediate feedback: on to the next question, or to the results after the last. */
export async function continueQuiz(form: FormData): Promise<void> {
  const slug = field(form, "slug");
  const position = readPosition(form);
  if (!position) redirect(`/articles/${encodeURIComponent(slug)}/quiz`);
  const total = Number(field(form, "total"));
  const { state, n } = position;
  redirect(n + 1 < total ? questionHref(slug, state, n + 1) : resultsHref(slug, state));
}
