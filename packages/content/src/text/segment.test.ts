import { describe, expect, it } from "vitest";
import { segment } from "./segment.js";

function sentencesOf(body: string): string[] {
  return segment(body).sentences.map((s) => body.slice(s.start, s.end));
}

describe("segment", () => {
  it("splits paragraphs on newlines, skipping blank lines and trimming", () => {
    const body = "First one.\n\n  Second one.  \nThird.";
    expect(segment(body).paragraphs.map((p) => body.slice(p.start, p.end))).toEqual([
      "First one.",
      "Second one.",
      "Third.",
    ]);
  });

  it("keeps titles, initials, decimals and U.S. inside a sentence", () => {
    expect(
      sentencesOf(
        "Mr. Toccafondi met Dr. Smith and Debra A. Smith in the U.S. Navy office. Rates rose 2.5 percent.",
      ),
    ).toEqual([
      "Mr. Toccafondi met Dr. Smith and Debra A. Smith in the U.S. Navy office.",
      "Rates rose 2.5 percent.",
    ]);
  });

  it("ends a sentence on an abbreviation when a sentence opener follows", () => {
    expect(
      sentencesOf("They went to Washington D.C. The team arrived. Critics of U.S. policy spoke."),
    ).toEqual(["They went to Washington D.C.", "The team arrived.", "Critics of U.S. policy spoke."]);
  });

  it("ends sentences after closing quotes, question and exclamation marks", () => {
    expect(
      sentencesOf('He said it was "a disaster." She asked "Why?" Then: "No!" “Fine.” Done… Next one.'),
    ).toEqual([
      'He said it was "a disaster."',
      'She asked "Why?"',
      'Then: "No!"',
      "“Fine.”",
      "Done…",
      "Next one.",
    ]);
  });

  it("does not split where a lower-case word follows", () => {
    expect(sentencesOf('"Is it over?" he asked. It was done [...] including the rest... and more.')).toEqual([
      '"Is it over?" he asked.',
      "It was done [...] including the rest... and more.",
    ]);
  });

  it("splits a byline-less initial without a period as one sentence", () => {
    expect(sentencesOf("Debra A Smith for TROIB News")).toEqual(["Debra A Smith for TROIB News"]);
  });

  it("returns nothing for a blank body", () => {
    expect(segment(" \n\t")).toEqual({ paragraphs: [], sentences: [] });
  });
});

describe("segment, cases from the extractor's former splitter", () => {
  it("splits at full stops, question marks and closing quotes", () => {
    expect(sentencesOf('He left. Did she stay? "Yes," he said. "No." Then silence.')).toEqual([
      "He left.",
      "Did she stay?",
      '"Yes," he said.',
      '"No."',
      "Then silence.",
    ]);
  });

  it("keeps abbreviations and middle initials inside a sentence", () => {
    expect(sentencesOf("Mr. Smith met John F. Kennedy in the U.S. capital. It rained.")).toEqual([
      "Mr. Smith met John F. Kennedy in the U.S. capital.",
      "It rained.",
    ]);
  });

  it("ends a sentence after a lone capital that follows a lower-case word", () => {
    expect(sentencesOf("He wrote in a post on X. What changed?")).toEqual([
      "He wrote in a post on X.",
      "What changed?",
    ]);
  });

  it("never crosses a paragraph", () => {
    expect(sentencesOf("One line without stop\nSecond paragraph.")).toEqual([
      "One line without stop",
      "Second paragraph.",
    ]);
  });
});
