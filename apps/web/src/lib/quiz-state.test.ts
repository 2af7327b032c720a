import { describe, expect, it } from "vitest";
import { decodeAnswers, encodeAnswers, questionHref } from "./quiz-state";

describe("encodeAnswers", () => {
  it("round-trips answers of every shape", () => {
    const answers = {
      q1: { choiceIds: ["a"] },
      q2: { text: "constructive" },
      q3: { pairs: [{ leftId: "l", rightId: "r" }] },
    };
    expect(decodeAnswers(encodeAnswers(answers))).toEqual(answers);
  });

  it("reads tampered or malformed state as no answers", () => {
    expect(decodeAnswers("not-base64-json")).toEqual({});
    expect(decodeAnswers(Buffer.from("[1,2]").toString("base64url"))).toEqual({});
  });
});

describe("questionHref", () => {
  it("keeps the whole state in the URL", () => {
    const href = questionHref("smoke-in-rome", { quizId: "q", mode: "end", key: "k", answers: {} }, 2);
    const url = new URL(href, "http://x");
    expect(url.pathname).toBe("/articles/smoke-in-rome/quiz");
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ quiz: "q", n: "2", mode: "end", k: "k" });
  });
});
