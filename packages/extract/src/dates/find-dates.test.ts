import { segment } from "@quizwire/content";
import { describe, expect, it } from "vitest";
import { normaliseBody } from "../text/normalise.js";
import { findDates } from "./find-dates.js";

function dates(text: string, publishedAt: string) {
  const body = normaliseBody(text);
  return findDates(body, segment(body).sentences, publishedAt).map((d) => ({
    text: d.value.text,
    iso: d.value.iso,
    precision: d.value.precision,
    status: d.value.status,
    approximate: d.value.approximate,
    spanOk: body.slice(d.start, d.end) === d.value.text,
  }));
}

describe("findDates", () => {
  it("resolves weekdays against publication and story-relative phrases against the story", () => {
    const found = dates(
      "Last Saturday, talks were held in Rome, following a meeting a week earlier in Muscat. Just a day later, he reversed course.",
      "2025-04-22",
    );
    expect(found.map((d) => [d.text, d.iso, d.precision])).toEqual([
      ["Last Saturday", "2025-04-19", "DAY"],
      ["a week earlier", "2025-04-12", "DAY"],
      ["a day later", "2025-04-13", "DAY"],
    ]);
    expect(found.every((d) => d.spanOk)).toBe(true);
  });

  it("keeps bare years as YEAR and full dates as DAY", () => {
    const found = dates(
      "The 2015 deal was abandoned in 2018. On Monday, April 21, Trump spoke.",
      "2025-04-22",
    );
    expect(found.map((d) => [d.text, d.iso, d.precision])).toEqual([
      ["2015", "2015", "YEAR"],
      ["in 2018", "2018", "YEAR"],
      ["On Monday, April 21", "2025-04-21", "DAY"],
    ]);
  });

  it("stores next week on its Monday, approximate and SCHEDULED, and the following week after it", () => {
    const found = dates(
      "Two rounds are scheduled: one in Geneva next week and another in Oman the following week.",
      "2025-04-22",
    );
    expect(found.map((d) => [d.text, d.iso, d.status, d.approximate])).toEqual([
      ["next week", "2025-04-28", "SCHEDULED", true],
      ["the following week", "2025-05-05", "SCHEDULED", true],
    ]);
  });

  it("keeps month precision and ignores 'may' and 'now'", () => {
    const found = dates("In September 2021 the plan failed. For now, Washington may wait.", "2023-02-23");
    expect(found.map((d) => [d.text, d.iso, d.precision])).toEqual([["September 2021", "2021-09", "MONTH"]]);
  });
});
