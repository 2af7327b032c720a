import { AnswerShapeError, UnknownQuestionError } from "../errors.js";
import type { AnswerKey } from "../types.js";
import type { Answer, GradeResult } from "./answer.js";
import { gradeAnswer } from "./grade-answer.js";
import type { GradableQuestion } from "./shape.js";

export interface QuizGrade {
  /** Sum of credits. */
  score: number;
  /** Number of questions. */
  total: number;
  /** One per question, in quiz order; unanswered questions get no credit. */
  results: GradeResult[];
}

/** Grades a whole attempt. Unknown question ids and answers given twice are errors. */
export function gradeQuiz(
  questions: GradableQuestion[],
  keys: AnswerKey[],
  answers: (Answer & { questionId: string })[],
): QuizGrade {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const given = new Map<string, Answer>();
  for (const a of answers) {
    if (!byId.has(a.questionId)) {
      const ids = questions.map((q) => q.id).join(", ");
      throw new UnknownQuestionError(
        `There is no question "${a.questionId}" in this quiz; its questions are ${ids}.`,
        a.questionId,
      );
    }
    if (given.has(a.questionId)) {
      throw new AnswerShapeError(
        `Question ${a.questionId} is answered twice; send one answer per question.`,
        a.questionId,
      );
    }
    given.set(a.questionId, a);
  }
  const results = questions.map((q) => {
    const key = keys.find((k) => k.questionId === q.id);
    if (!key) throw new Error(`The answer key has no entry for question ${q.id}.`);
    const answer = given.get(q.id);
    if (!answer) {
      return {
        questionId: q.id,
        correct: false,
        credit: 0,
        answered: false,
        correctChoiceIds: key.correctChoiceIds,
        correctAnswer: key.correctAnswer,
      };
    }
    return gradeAnswer(q, key, answer);
  });
  return { score: results.reduce((s, r) => s + r.credit, 0), total: questions.length, results };
}
