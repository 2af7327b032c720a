import { describe, expect, it } from "vitest";
import { findSpan, spanAt } from "./span.js";

describe("spanAt", () => {
  it("takes the text from the body", () => {
    expect(spanAt("Hello world", 6, 11)).toEqual({ start: 6, end: 11, text: "world" });
  });
  it("refuses empty or out-of-range spans", () => {
    expect(() => spanAt("Hello", 2, 2)).toThrow(/not a non-empty range inside a body of 5 characters/);
    expect(() => spanAt("Hello", 3, 9)).toThrow(RangeError);
  });
});

describe("findSpan", () => {
  it("finds the n-th occurrence, optionally from an offset", () => {
    const body = "Lee met Lee. Lee left.";
    expect(findSpan(body, "Lee", { occurrence: 2 }).start).toBe(13);
    expect(findSpan(body, "Lee", { from: 1 }).start).toBe(8);
  });
  it("names text that does not occur", () => {
    expect(() => findSpan("abc", "x")).toThrow(/"x" does not occur in the body/);
    expect(() => findSpan("Lee", "Lee", { occurrence: 1 })).toThrow(/does not occur in the body 2 times/);
  });
});
