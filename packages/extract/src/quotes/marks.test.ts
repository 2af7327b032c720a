import { segment } from "@quizwire/content";
import { describe, expect, it } from "vitest";
import { findQuotations } from "./marks.js";

const texts = (body: string) => findQuotations(body, segment(body).paragraphs).map((q) => q.text);

describe("findQuotations", () => {
  it("pairs curly and straight double quotes", () => {
    expect(texts('He called it “constructive,” and said "very well" twice.')).toEqual([
      "constructive,",
      "very well",
    ]);
  });

  it("takes single quotes only where they cannot be apostrophes", () => {
    expect(texts("The 'legacy backlog' isn't Sunak's alone.")).toEqual(["legacy backlog"]);
  });

  it("ignores a mark left open at the end of a paragraph", () => {
    expect(texts('He said "never\nSecond "para" here.')).toEqual(["para"]);
  });
});
