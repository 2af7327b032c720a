import { describe, expect, it } from "vitest";
import { isFrameMessage } from "./protocol.js";

describe("isFrameMessage", () => {
  it("accepts well-formed version-1 messages", () => {
    expect(isFrameMessage({ quizwire: 1, type: "resize", height: 10 })).toBe(true);
    expect(isFrameMessage({ quizwire: 1, type: "complete", quizId: "q", score: 1, total: 2 })).toBe(true);
  });
  it("rejects other versions, unknown types and wrong payloads", () => {
    expect(isFrameMessage({ quizwire: 2, type: "resize", height: 10 })).toBe(false);
    expect(isFrameMessage({ quizwire: 1, type: "eval", code: "x" })).toBe(false);
    expect(isFrameMessage({ quizwire: 1, type: "resize", height: Number.NaN })).toBe(false);
    expect(
      isFrameMessage({ quizwire: 1, type: "answer", quizId: "q", questionId: "a", correct: "yes" }),
    ).toBe(false);
    expect(isFrameMessage("quizwire")).toBe(false);
    expect(isFrameMessage(null)).toBe(false);
  });
});
