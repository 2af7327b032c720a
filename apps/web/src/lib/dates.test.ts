import { describe, expect, it } from "vitest";
import { dayNumber, formatDate } from "./dates";

describe("formatDate", () => {
  it("shows a date at its own precision", () => {
    expect(formatDate({ iso: "2025-04-19", precision: "DAY" })).toBe("19 Apr 2025");
    expect(formatDate({ iso: "2025-04", precision: "MONTH" })).toBe("Apr 2025");
    expect(formatDate({ iso: "2018", precision: "YEAR" })).toBe("2018");
    expect(formatDate({ iso: "2025-04-19", precision: "MONTH" })).toBe("Apr 2025");
  });

  it("falls back to the words as written for a value it cannot read", () => {
    expect(formatDate({ iso: "soon", precision: "DAY", text: "next week" })).toBe("next week");
  });
});

describe("dayNumber", () => {
  it("orders dates of mixed precision", () => {
    expect(dayNumber("2025-04")).toBeLessThan(dayNumber("2025-04-19"));
    expect(dayNumber("2025-04-19") - dayNumber("2025-04-12")).toBe(7);
  });
});
