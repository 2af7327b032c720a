import { describe, expect, it } from "vitest";
import { weekdayByTense } from "./weekday.js";

describe("weekdayByTense", () => {
  // 2025-03-03 is a Monday.
  it("reads a bare weekday in past copy as the last such day on or before publication", () => {
    expect(weekdayByTense("on Tuesday", "2025-03-03", false)).toBe("2025-02-25");
    expect(weekdayByTense("Monday", "2025-03-03", false)).toBe("2025-03-03");
    expect(weekdayByTense("on Sunday", "2025-03-03", false)).toBe("2025-03-02");
  });

  it("reads it in future copy as the next such day on or after publication", () => {
    expect(weekdayByTense("on Tuesday", "2025-03-03", true)).toBe("2025-03-04");
    expect(weekdayByTense("on Sunday", "2025-03-03", true)).toBe("2025-03-09");
  });

  it("leaves anything but a bare weekday to chrono", () => {
    expect(weekdayByTense("last Tuesday", "2025-03-03", false)).toBeUndefined();
    expect(weekdayByTense("Tuesday, March 4", "2025-03-03", false)).toBeUndefined();
  });
});
