import type { DateValue } from "@quizwire/content";
import { describe, expect, it } from "vitest";
import { eventSortKey } from "./sort-key.js";

const date = (iso: string, precision: DateValue["precision"]): DateValue => ({
  iso,
  precision,
  text: iso,
  status: "OCCURRED",
  approximate: false,
});

describe("eventSortKey", () => {
  it("puts a year before its months and a month before its days, then follows the sequence", () => {
    const keys = [
      eventSortKey(date("2025-04-19", "DAY"), 1, "c"),
      eventSortKey(date("2025-04", "MONTH"), 9, "b"),
      eventSortKey(date("2025", "YEAR"), 9, "a"),
      eventSortKey(date("2025-01-01", "DAY"), 0, "d"),
      eventSortKey(date("2024-12-31", "DAY"), 9, "e"),
      eventSortKey(date("2025-04-19", "DAY"), 0, "f"),
    ].sort();
    expect(keys.map((k) => k.split("|").at(-1))).toEqual(["e", "a", "d", "b", "f", "c"]);
  });
});
