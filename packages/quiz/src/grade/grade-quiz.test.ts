import { describe, expect, it } from "vitest";
import { rightAnswer } from "../../test/answers.js";
import { miniGraph } from "../../test/fixtures/smoke-mini.js";
import { AnswerShapeError, UnknownQuestionError } from "../errors.js";
import { generateQuiz } from "../generate/generate-quiz.js";
import { gradeQuiz } from "./grade-quiz.js";

describe("gradeQuiz", () => {
  const quiz = generateQuiz(miniGraph, { seed: 11, questionCount: 6 });

  it("sums credit and gives nothing for unanswered questions", () => {
    const first = quiz.questions[0]!;
    const grade = gradeQuiz(quiz.questions, quiz.answerKey, [
      { questionId: first.id, ...rightAnswer(first, quiz.answerKey[0]!) },
    ]);
    expect(grade).toMatchObject({ score: 1, total: 6 });
    expect(grade.results.filter((r) => !r.answered)).toHaveLength(5);
  });

  it("rejects unknown questions and answers given twice", () => {
    expect(() => gradeQuiz(quiz.questions, quiz.answerKey, [{ questionId: "q99", text: "x" }])).toThrow(
      UnknownQuestionError,
    );
    const a = { questionId: "q1", choiceIds: [] };
    expect(() => gradeQuiz(quiz.questions, quiz.answerKey, [a, a])).toThrow(AnswerShapeError);
  });
});
