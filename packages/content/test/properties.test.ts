import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AnnotatedArticleInput } from "../src/schema/article.js";
import { CURATED } from "../src/schema/provenance.js";
import { segment } from "../src/text/segment.js";
import { spanAt } from "../src/text/span.js";
import { validateAnnotatedArticle } from "../src/validate/validate-article.js";

/** Text like news copy: words, punctuation, quotes, abbreviations, odd whitespace and newlines. */
const newsText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "The",
        "he",
        "U.S.",
        "Mr.",
        "A.",
        "2.5",
        "...",
        "…",
        "?",
        "!",
        ".",
        '."',
        ".”",
        "'",
        "[...]",
        "Dr",
      ),
      fc.constantFrom(" ", "  ", "\n", "\n\n", "\t", " \n "),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));
const anyText = fc.oneof(newsText, fc.string({ maxLength: 200, unit: "binary" }));

describe("segment (properties)", () => {
  it("sentences cover every non-whitespace character, never overlap and never cross a paragraph break", () => {
    fc.assert(
      fc.property(anyText, (body) => {
        const { paragraphs, sentences } = segment(body);
        let covered = 0;
        const uncovered: string[] = [];
        for (const s of sentences) {
          expect(s.start).toBeGreaterThanOrEqual(covered);
          expect(s.end).toBeGreaterThan(s.start);
          uncovered.push(body.slice(covered, s.start));
          expect(body.slice(s.start, s.end)).not.toContain("\n");
          expect(paragraphs.some((p) => p.start <= s.start && s.end <= p.end)).toBe(true);
          covered = s.end;
        }
        uncovered.push(body.slice(covered));
        expect(uncovered.join("").trim()).toBe("");
      }),
      { numRuns: 500 },
    );
  });

  it("produces ranges the validator accepts for any body with text", () => {
    fc.assert(
      fc.property(
        anyText.filter((t) => t.trim() !== ""),
        (body) => {
          const result = validateAnnotatedArticle(articleWith(body), "prop.json");
          expect(result.ok ? [] : result.errors).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("span round-trip (properties)", () => {
  const bodyAndRange = anyText
    .filter((t) => t.trim() !== "")
    .chain((body) =>
      fc
        .tuple(fc.nat({ max: body.length - 1 }), fc.nat({ max: body.length - 1 }))
        .map(([a, b]) => ({ body, start: Math.min(a, b), end: Math.max(a, b) + 1 })),
    );

  it("a span built from body.slice validates, and any one-character change of its text is rejected", () => {
    fc.assert(
      fc.property(
        bodyAndRange,
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 1 }),
        ({ body, start, end }, at, ch) => {
          const span = spanAt(body, start, end);
          expect(validateAnnotatedArticle(articleWith(body, span), "prop.json").ok).toBe(true);
          const i = at % span.text.length;
          fc.pre(span.text[i] !== ch);
          const changed = { ...span, text: span.text.slice(0, i) + ch + span.text.slice(i + 1) };
          const result = validateAnnotatedArticle(articleWith(body, changed), "prop.json");
          expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(["events[0].evidence[0].text"]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

function articleWith(body: string, evidence = spanAt(body, 0, body.length)): AnnotatedArticleInput {
  return {
    formatVersion: 1,
    article: {
      id: "prop",
      slug: "prop",
      title: "Property",
      publishedAt: "2024-02-29",
      body,
      ...segment(body),
    },
    entities: [],
    quotes: [],
    relations: [],
    events: [
      {
        id: "ev",
        kind: "OTHER",
        title: "Something",
        date: { iso: "2024", precision: "YEAR", text: "this year", status: "OCCURRED" },
        evidence: [evidence],
        sequence: 0,
        provenance: CURATED,
      },
    ],
  };
}
