import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DIFFICULTIES,
  gradeQuiz,
  QUESTION_TYPES,
  type QuizOptions,
  QuizOptionsError,
  quizMaker,
  SKILLS,
} from "../src/index.js";
import { rightAnswer, wrongAnswer } from "./answers.js";
import { testGraphs } from "./graphs.js";
import { qualityProblems } from "./quality.js";

const options: fc.Arbitrary<QuizOptions> = fc.record(
  {
    seed: fc.oneof(fc.string(), fc.integer()),
    questionCount: fc.integer({ min: 1, max: 14 }),
    types: fc.subarray([...QUESTION_TYPES], { minLength: 1 }),
    difficulty: fc.constantFrom(...DIFFICULTIES, "mixed" as const),
    skills: fc.subarray([...SKILLS], { minLength: 1 }),
  },
  { requiredKeys: ["seed", "questionCount"] },
);

describe.each(testGraphs())("generateQuiz properties on %s", (_name, graph) => {
  // The pool is built once per graph; quizMaker makes exactly what generateQuiz makes (tested apart).
  const make = quizMaker(graph);
  it("keeps every quality rule, or refuses with the maximum it can supply", () => {
    fc.assert(
      fc.property(options, (o) => {
        try {
          const quiz = make(o);
          expect(qualityProblems(graph, quiz, o)).toEqual([]);
          expect(make(o)).toEqual(quiz);
        } catch (error) {
          if (!(error instanceof QuizOptionsError)) throw error;
          const most = Number(error.message.match(/at most (\d+)/)?.[1] ?? 0);
          expect(most).toBeLessThan(o.questionCount);
          if (most > 0) expect(make({ ...o, questionCount: most }).questions).toHaveLength(most);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("gives full marks for the key and none for a wrong answer to every question", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.integer()),
        fc.integer({ min: 1, max: 12 }),
        (seed, questionCount) => {
          const quiz = make({ seed, questionCount });
          const keyOf = (id: string) => quiz.answerKey.find((k) => k.questionId === id)!;
          const right = gradeQuiz(
            quiz.questions,
            quiz.answerKey,
            quiz.questions.map((q) => ({ questionId: q.id, ...rightAnswer(q, keyOf(q.id)) })),
          );
          expect(right.score).toBe(questionCount);
          expect(right.results.every((r) => r.correct)).toBe(true);
          const wrong = gradeQuiz(
            quiz.questions,
            quiz.answerKey,
            quiz.questions.map((q) => ({ questionId: q.id, ...wrongAnswer(q, keyOf(q.id)) })),
          );
          expect(wrong.score).toBe(0);
          expect(wrong.results.some((r) => r.correct)).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
