import { describe, expect, it } from "vitest";
import { miniGraph } from "../test/fixtures/smoke-mini.js";
import { generateQuiz } from "./generate/generate-quiz.js";
import { questionPool } from "./pool.js";

describe("questionPool", () => {
  it("gives the same pool for the same graph, with unique keys", () => {
    const pool = questionPool(miniGraph);
    expect(questionPool(structuredClone(miniGraph))).toEqual(pool);
    expect(new Set(pool.map((c) => c.key)).size).toBe(pool.length);
  });

  // Regression: candidates once carried a template's helper function, which cannot be stored.
  it("holds plain data only, so pools and quizzes survive JSON and structuredClone", () => {
    const pool = questionPool(miniGraph);
    expect(JSON.parse(JSON.stringify(pool))).toEqual(pool);
    const quiz = generateQuiz(miniGraph, { seed: 2, questionCount: 10 });
    expect(JSON.parse(JSON.stringify(quiz))).toEqual(quiz);
  });

  it("offers every question type on the fixture", () => {
    const types = new Set(questionPool(miniGraph).map((c) => c.type));
    expect([...types].sort()).toEqual([
      "CLOZE",
      "MATCHING",
      "MULTIPLE_CHOICE",
      "MULTI_SELECT",
      "ORDERING",
      "TRUE_FALSE",
    ]);
  });
});
