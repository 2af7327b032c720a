import { describe, expect, it } from "vitest";
import { normaliseBody, paragraphRanges } from "./normalise.js";
import { sentenceRanges } from "./sentences.js";

function split(text: string): string[] {
  const body = normaliseBody(text);
  return sentenceRanges(body, paragraphRanges(body)).map((r) => body.slice(r.start, r.end));
}

describe("sentenceRanges", () => {
  it("splits at full stops, question marks and closing quotes", () => {
    expect(split('He left. Did she stay? "Yes," he said. "No." Then silence.')).toEqual([
      "He left.",
      "Did she stay?",
      '"Yes," he said.',
      '"No."',
      "Then silence.",
    ]);
  });

  it("keeps abbreviations and middle initials inside a sentence", () => {
    expect(split("Mr. Smith met John F. Kennedy in the U.S. capital. It rained.")).toEqual([
      "Mr. Smith met John F. Kennedy in the U.S. capital.",
      "It rained.",
    ]);
  });

  it("ends a sentence after a lone capital that follows a lower-case word", () => {
    expect(split("He wrote in a post on X. What changed?")).toEqual([
      "He wrote in a post on X.",
      "What changed?",
    ]);
  });

  it("never crosses a paragraph", () => {
    expect(split("One line without stop\nSecond paragraph.")).toEqual([
      "One line without stop",
      "Second paragraph.",
    ]);
  });
});

describe("normaliseBody", () => {
  it("joins paragraphs with one newline and trims them", () => {
    expect(normaliseBody("  First.\r\n\r\n\r\n Second \u00a0 para.  \n")).toBe("First.\nSecond para.");
  });
});
