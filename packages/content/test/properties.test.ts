import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AnnotatedArticleInput } from "../src/schema/article.js";
import { CURATED } from "../src/schema/provenance.js";
import { segment } from "../src/text/segment.js";
import { spanAt } from "../src/text/span.js";
import { validateAnnotatedArticle } from "../src/validate/validate-article.js";
import { validFixture } from "./fixture.js";

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

describe("validateAnnotatedArticle (robustness)", () => {
  it("never throws, whatever it is given, and rejects what is not an article", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (data) => {
        expect(validateAnnotatedArticle(data, "any.json").ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws when any one value of a valid file is replaced, and names a path when it rejects", () => {
    const base = validFixture();
    const leaves = leafPaths(base);
    fc.assert(
      fc.property(fc.constantFrom(...leaves), fc.jsonValue(), (path, value) => {
        const doc = structuredClone(base) as unknown as Record<PropertyKey, unknown>;
        setAt(doc, path, value);
        const result = validateAnnotatedArticle(doc, "mutated.json");
        if (!result.ok)
          expect(result.errors.every((e) => e.file === "mutated.json" && e.message !== "")).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

function leafPaths(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof value !== "object" || value === null) return [path];
  return [
    path,
    ...Object.entries(value).flatMap(([k, v]) =>
      leafPaths(v, [...path, Array.isArray(value) ? Number(k) : k]),
    ),
  ];
}

function setAt(root: Record<PropertyKey, unknown>, path: PropertyKey[], value: unknown): void {
  if (path.length === 0) return;
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key] as Record<PropertyKey, unknown>;
  node[path.at(-1)!] = value;
}

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
