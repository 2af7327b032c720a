import { describe, expect, it } from "vitest";
import { miniGraph } from "../../test/fixtures/smoke-mini.js";
import { QuizOptionsError } from "../errors.js";
import { publicQuestion } from "../public-question.js";
import { generateQuiz, quizMaker } from "./generate-quiz.js";

describe("generateQuiz", () => {
  it("gives a deep-equal quiz for the same graph, seed and options, and quizMaker agrees", () => {
    const a = generateQuiz(miniGraph, { seed: "abc", questionCount: 10 });
    expect(generateQuiz(structuredClone(miniGraph), { seed: "abc", questionCount: 10 })).toEqual(a);
    expect(quizMaker(miniGraph)({ seed: "abc", questionCount: 10 })).toEqual(a);
    expect(generateQuiz(miniGraph, { seed: "abd", questionCount: 10 })).not.toEqual(a);
  });

  it("honours count, types, skills and difficulty", () => {
    const quiz = generateQuiz(miniGraph, {
      seed: 1,
      questionCount: 3,
      types: ["MULTIPLE_CHOICE"],
      difficulty: "hard",
    });
    expect(quiz.questions).toHaveLength(3);
    expect(quiz.questions.every((q) => q.type === "MULTIPLE_CHOICE" && q.difficulty === "hard")).toBe(true);
    const roles = generateQuiz(miniGraph, { seed: 1, questionCount: 4, skills: ["roles"] });
    expect(roles.questions.every((q) => q.skill === "roles")).toBe(true);
  });

  it("mixes types in a ten-question quiz", () => {
    const quiz = generateQuiz(miniGraph, { seed: 3, questionCount: 10 });
    expect(new Set(quiz.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(5);
  });

  it("refuses more questions than the pool supplies, saying the maximum", () => {
    expect(() => generateQuiz(miniGraph, { seed: 1, questionCount: 500 })).toThrow(QuizOptionsError);
    expect(() => generateQuiz(miniGraph, { seed: 1, questionCount: 500 })).toThrow(/at most \d+ questions/);
    expect(() => generateQuiz(miniGraph, { seed: 1, questionCount: 9, types: ["CLOZE"] })).toThrow(
      /at most 2 questions with types CLOZE/,
    );
  });

  it("rejects bad options with a sentence saying what to use", () => {
    expect(() => generateQuiz(miniGraph, { seed: 1, questionCount: 0 })).toThrow(/at least 1/);
    expect(() => generateQuiz(miniGraph, { seed: 1, questionCount: 2, types: ["ESSAY" as never] })).toThrow(
      /Unknown type "ESSAY": use one of MULTIPLE_CHOICE/,
    );
    expect(() =>
      generateQuiz(miniGraph, { seed: 1, questionCount: 2, difficulty: "brutal" as never }),
    ).toThrow(/easy, medium, hard or mixed/);
  });

  it("never asks a fact twice", () => {
    const make = quizMaker(miniGraph);
    for (let seed = 0; seed < 50; seed++) {
      const facts = make({ seed, questionCount: 12 }).questions.flatMap((q) => q.facts);
      expect(new Set(facts).size).toBe(facts.length);
    }
  });

  it("spreads the right answer over the four positions, within a quiz and across quizzes", () => {
    const counts = [0, 0, 0, 0];
    const make = quizMaker(miniGraph);
    for (let seed = 0; seed < 400; seed++) {
      const quiz = make({ seed, questionCount: 8, types: ["MULTIPLE_CHOICE"] });
      const inQuiz = [0, 0, 0, 0];
      quiz.questions.forEach((q, i) => {
        const at = q.choices.findIndex((c) => c.id === quiz.answerKey[i]!.correctChoiceIds[0]);
        inQuiz[at]!++;
        counts[at]!++;
      });
      expect(Math.max(...inQuiz)).toBeLessThanOrEqual(Math.ceil(8 / 4) + 1);
    }
    for (const c of counts) expect(Math.abs(c / 3200 - 0.25)).toBeLessThan(0.02);
  });

  it("balances true and false statements", () => {
    const quiz = generateQuiz(miniGraph, { seed: 9, questionCount: 10, types: ["TRUE_FALSE"] });
    const truths = quiz.answerKey.filter(
      (k, i) => quiz.questions[i]!.choices[0]!.id === k.correctChoiceIds[0],
    );
    expect(truths).toHaveLength(5);
  });

  it("gives opaque choice ids that differ between quizzes", () => {
    const a = generateQuiz(miniGraph, { seed: 1, questionCount: 10 });
    const b = generateQuiz(miniGraph, { seed: 2, questionCount: 10 });
    const ids = (q: typeof a) => q.questions.flatMap((x) => x.choices.map((c) => c.id));
    for (const id of ids(a)) expect(id).toMatch(/^c[0-9a-z]{7}$/);
    expect(ids(a).filter((id) => ids(b).includes(id))).toEqual([]);
  });
});

describe("publicQuestion", () => {
  it("leaves out everything that could give the answer away", () => {
    const quiz = generateQuiz(miniGraph, { seed: 5, questionCount: 10 });
    for (const q of quiz.questions) {
      const view = publicQuestion(q);
      expect(Object.keys(view).sort()).toEqual(
        ["choices", "difficulty", "id", "prompt", "skill", "type", ...(q.items ? ["items"] : [])].sort(),
      );
      const text = JSON.stringify(view);
      expect(text).not.toMatch(/correct|factKey|evidence|explanation/i);
    }
  });
});
