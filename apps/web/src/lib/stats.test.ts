import { describe, expect, it } from "vitest";
import { formatScore, percent, weakestFirst } from "./stats";

describe("weakestFirst", () => {
  it("puts the least answered questions first and keeps quiz numbers", () => {
    const rows = weakestFirst(
      [
        { id: "a", prompt: "A?" },
        { id: "b", prompt: "B?" },
        { id: "c", prompt: "C?" },
      ],
      [
        { questionId: "a", shareCorrect: 0.9 },
        { questionId: "b", shareCorrect: 0.2 },
        { questionId: "c", shareCorrect: 0.9 },
      ],
    );
    expect(rows.map((r) => [r.questionId, r.number])).toEqual([
      ["b", 2],
      ["a", 1],
      ["c", 3],
    ]);
    expect(percent(0.733)).toBe("73%");
  });
});

describe("formatScore", () => {
  it("rounds partial credit to one decimal and drops a trailing .0", () => {
    expect(formatScore(1.5833333)).toBe("1.6");
    expect(formatScore(3)).toBe("3");
    expect(formatScore(2.96)).toBe("3");
  });
});
