import { describe, expect, it } from "vitest";
import { dateProblem, precisionOf } from "./dates.js";

describe("dateProblem", () => {
  it.each([
    ["2024-02-29", "DAY"],
    ["2025-12-31", "DAY"],
    ["2025-04", "MONTH"],
    ["2018", "YEAR"],
  ] as const)("accepts %s at %s precision", (iso, precision) => {
    expect(dateProblem(iso, precision)).toBeUndefined();
  });

  it.each([
    ["2025-02-29", "DAY", /has 28 days/],
    ["2025-04-31", "DAY", /has 30 days/],
    ["2025-04-00", "DAY", /not a real date/],
    ["2025-13-01", "DAY", /no month 13/],
    ["2025-4-1", "DAY", /not written YYYY-MM-DD/],
    ["2025-04-01", "MONTH", /not written YYYY-MM/],
    ["2025-04", "YEAR", /not written YYYY/],
  ] as const)("rejects %s at %s precision", (iso, precision, message) => {
    expect(dateProblem(iso, precision)).toMatch(message);
  });
});

describe("precisionOf", () => {
  it("reads the precision from the form", () => {
    expect([
      precisionOf("2018"),
      precisionOf("2018-04"),
      precisionOf("2018-04-21"),
      precisionOf("April"),
    ]).toEqual(["YEAR", "MONTH", "DAY", undefined]);
  });
});
