import type { AnswerKey, Question } from "@quizwire/quiz";
import type { QuizRow } from "@quizwire/store";
import { toGlobalId } from "../node/global-id.js";

/** What the API keeps in a quiz row's `questions` column: the full questions and their answer key. */
export interface StoredQuestions {
  questions: Question[];
  answerKey: AnswerKey[];
}

/** A quiz row as the `Quiz` GraphQL type reads it. */
export interface QuizValue {
  __typename: "Quiz";
  id: string;
  key: string;
  seed: number;
  articleId: string;
  createdAt: Date;
  stored: StoredQuestions;
  /** Public views of the questions: no evidence, explanation or answer. */
  questions: {
    id: string;
    type: Question["type"];
    prompt: string;
    skill: string;
    difficulty: string;
    choices: { id: string; label: string }[];
    items: { left: { id: string; label: string }[]; right: { id: string; label: string }[] } | null;
  }[];
}

export function quizNode(
  row: QuizRow,
  publicQuestion: (q: Question) => QuizValue["questions"][number],
): QuizValue {
  const stored = row.questions as StoredQuestions;
  return {
    __typename: "Quiz",
    id: toGlobalId("Quiz", row.id),
    key: row.id,
    seed: row.seed,
    articleId: row.articleId,
    createdAt: row.createdAt,
    stored,
    questions: stored.questions.map(publicQuestion),
  };
}
