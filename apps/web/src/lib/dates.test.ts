import { describe, expect, it } from "vitest";
import { dateWords, dayNumber, formatDate } from "./dates";

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

describe("dateWords", () => {
  it("quotes the words as written", () => {
    expect(dateWords({ iso: "2025-04-19", precision: "DAY", text: "Last Saturday", basis: null })).toBe(
      "“Last Saturday”",
    );
  });

  it("says a date the article does not state is not stated, and what it was inferred from", () => {
    expect(dateWords({ iso: "2025", precision: "YEAR", text: null, basis: "before the Muscat round" })).toBe(
      "Date not stated — inferred: before the Muscat round",
    );
    expect(dateWords({ iso: "2025", precision: "YEAR", text: null, basis: null })).toBe("Date not stated");
  });
});

describe("dayNumber", () => {
  it("orders dates of mixed precision", () => {
    expect(dayNumber("2025-04")).toBeLessThan(dayNumber("2025-04-19"));
    expect(dayNumber("2025-04-19") - dayNumber("2025-04-12")).toBe(7);
  });
});
