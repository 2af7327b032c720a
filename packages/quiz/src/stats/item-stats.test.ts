import { describe, expect, it } from "vitest";
import { itemStats } from "./item-stats.js";

const attempt = (...marks: [number, number, number]) => ({
  results: marks.map((credit, i) => ({ questionId: `q${i + 1}`, correct: credit === 1, credit })),
});

describe("itemStats", () => {
  it("reports share correct, mean score and the point-biserial against the rest of the score", () => {
    const stats = itemStats([attempt(1, 1, 1), attempt(1, 1, 0), attempt(0, 0, 1), attempt(0, 0, 0)]);
    expect(stats.attempts).toBe(4);
    expect(stats.meanScore).toBe(1.5);
    const [q1, , q3] = stats.questions;
    expect(q1!.shareCorrect).toBe(0.5);
    // q1 goes with q2 exactly: those who got q1 scored 1 or 2 elsewhere, the others 0 or 1.
    expect(q1!.discrimination).toBeCloseTo(Math.SQRT1_2, 3);
    expect(q3!.discrimination).toBe(0);
  });

  it("returns null discrimination when an item or the rest does not vary", () => {
    const stats = itemStats([attempt(1, 0, 0), attempt(1, 1, 0)]);
    expect(stats.questions[0]!.discrimination).toBeNull();
    expect(itemStats([])).toEqual({ attempts: 0, meanScore: 0, questions: [] });
  });
});
