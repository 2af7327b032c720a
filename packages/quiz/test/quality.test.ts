import { describe, expect, it } from "vitest";
import { generateQuiz } from "../src/index.js";
import { miniGraph } from "./fixtures/smoke-mini.js";
import { qualityProblems } from "./quality.js";

describe("qualityProblems", () => {
  const options = { seed: 4, questionCount: 10 };
  const fresh = () => structuredClone(generateQuiz(miniGraph, options));

  it("finds nothing wrong with a generated quiz", () => {
    expect(qualityProblems(miniGraph, fresh(), options)).toEqual([]);
  });

  it("catches a repeated fact, a distractor that is true, and evidence that is not the text", () => {
    const quiz = fresh();
    quiz.questions[1]!.facts.push(quiz.questions[0]!.factKey);
    const mc = quiz.questions.find((q) => q.type === "MULTIPLE_CHOICE" && q.factKey.startsWith("role:"));
    if (mc) {
      const key = quiz.answerKey.find((k) => k.questionId === mc.id)!;
      const wrong = mc.choices.find((c) => !key.correctChoiceIds.includes(c.id))!;
      wrong.label = mc.choices.find((c) => key.correctChoiceIds.includes(c.id))!.label;
    }
    quiz.questions[2]!.evidence = [{ start: 0, end: 4, text: "Nope" }];
    const problems = qualityProblems(miniGraph, quiz, options).join("\n");
    expect(problems).toMatch(/asked twice/);
    expect(problems).toMatch(/not the body's text/);
    if (mc) expect(problems).toMatch(/labels repeat|also holds/);
  });
});
