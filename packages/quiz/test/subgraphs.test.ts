import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateQuiz, QuizOptionsError, questionPool } from "../src/index.js";
import { testGraphs } from "./graphs.js";
import { qualityProblems } from "./quality.js";

// Articles other than the seed have fewer facts: any part of a graph must still give fair quizzes.
describe.each(testGraphs())("questionPool on parts of %s", (_name, graph) => {
  it("keeps the quality rules on any subset of quotes, events and relations", () => {
    const part = fc.record({
      quotes: fc.subarray(graph.quotes),
      events: fc.subarray(graph.events),
      relations: fc.subarray(graph.relations),
      seed: fc.integer(),
      questionCount: fc.integer({ min: 1, max: 8 }),
    });
    fc.assert(
      fc.property(part, ({ seed, questionCount, ...facts }) => {
        const sub = { ...graph, ...facts };
        try {
          const quiz = generateQuiz(sub, { seed, questionCount });
          expect(qualityProblems(sub, quiz, { seed, questionCount })).toEqual([]);
        } catch (error) {
          if (!(error instanceof QuizOptionsError)) throw error;
        }
      }),
      { numRuns: 150 },
    );
  });

  it("makes an empty pool, and says so, for a graph with no facts", () => {
    const bare = { ...graph, entities: [], quotes: [], events: [], relations: [] };
    expect(questionPool(bare)).toEqual([]);
    expect(() => generateQuiz(bare, { seed: 1, questionCount: 1 })).toThrow(/no questions/);
  });
});
