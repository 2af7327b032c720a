import { describe, expect, it } from "vitest";
import type { AnnotatedArticleInput } from "../src/schema/article.js";
import { formatContentError } from "../src/validate/error.js";
import { validateAnnotatedArticle } from "../src/validate/validate-article.js";
import { validFixture } from "./fixture.js";

const FILE = "town-talks.json";

/** Validates a copy of the fixture after `change`, and returns its errors (none when it is valid). */
function errorsAfter(change: (doc: AnnotatedArticleInput) => void) {
  const doc = structuredClone(validFixture());
  change(doc);
  const result = validateAnnotatedArticle(doc, FILE);
  return result.ok ? [] : result.errors;
}

describe("validateAnnotatedArticle", () => {
  it("accepts the valid fixture and returns the parsed article", () => {
    const result = validateAnnotatedArticle(validFixture(), FILE);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.value.entities[1]?.aliases).toEqual([]);
  });

  it("rejects a span whose text differs from the body, saying what the body has", () => {
    const errors = errorsAfter((doc) => {
      doc.quotes[0]!.evidence.text = '"We agreed," Lea said.';
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: FILE, path: "quotes[0].evidence.text" });
    expect(errors[0]!.message).toMatch(/does not match the body, which has "\\"We agreed,\\" Lee said\."/);
  });

  it("rejects a span out of range of the body", () => {
    const errors = errorsAfter((doc) => {
      doc.events[0]!.evidence[0] = { start: 200, end: 210, text: "x" };
    });
    expect(errors).toEqual([
      expect.objectContaining({
        path: "events[0].evidence[0].end",
        message: expect.stringMatching(/out of range/),
      }),
    ]);
  });

  it("rejects dangling references of every kind", () => {
    const errors = errorsAfter((doc) => {
      doc.quotes[0]!.speakerId = "nobody";
      doc.quotes[0]!.eventId = "ann-lee";
      doc.events[0]!.participants![1]!.entityId = "ghost";
      doc.relations[0]!.objectId = "ev-meeting";
      doc.entities[0]!.roles![0]!.ofId = "atlantis";
    });
    expect(errors.map((e) => e.path).sort()).toEqual([
      "entities[0].roles[0].ofId",
      "events[0].participants[1].entityId",
      "quotes[0].eventId",
      "quotes[0].speakerId",
      "relations[0].objectId",
    ]);
    expect(errors.every((e) => e.message.startsWith("dangling reference"))).toBe(true);
    expect(errors.find((e) => e.path === "quotes[0].eventId")!.message).toMatch(
      /no event has id "ann-lee" \("ann-lee" is an entity\)/,
    );
  });

  it("rejects an id used twice, across fact kinds", () => {
    const errors = errorsAfter((doc) => {
      doc.relations[0]!.id = "q-agreed";
    });
    expect(errors).toEqual([
      expect.objectContaining({
        path: "relations[0].id",
        message: expect.stringMatching(/duplicate id "q-agreed": it is already the id of quotes\[0\]\.id/),
      }),
    ]);
  });

  it.each([
    ["2025-02-30", "DAY", /2025-02 has 28 days/],
    ["2024-13", "MONTH", /no month 13/],
    ["2025-03", "DAY", /not written YYYY-MM-DD/],
    ["20x5", "YEAR", /not written YYYY/],
  ] as const)("rejects the impossible date %s at %s precision", (iso, precision, message) => {
    const errors = errorsAfter((doc) => {
      doc.events[0]!.date.iso = iso;
      doc.events[0]!.date.precision = precision;
    });
    expect(errors).toEqual([
      expect.objectContaining({ path: "events[0].date.iso", message: expect.stringMatching(message) }),
    ]);
  });

  it("rejects impossible publishedAt and role asOf dates", () => {
    const errors = errorsAfter((doc) => {
      doc.article.publishedAt = "2025-02-29";
      doc.entities[0]!.roles![0]!.asOf = "2025-00";
    });
    expect(errors.map((e) => e.path)).toEqual(["article.publishedAt", "entities[0].roles[0].asOf"]);
  });

  it("rejects an empty body, and one of whitespace only", () => {
    const empty = errorsAfter((doc) => {
      doc.article.body = "";
    });
    expect(empty).toContainEqual(
      expect.objectContaining({ path: "article.body", message: expect.stringMatching(/body is empty/) }),
    );
    const blank = errorsAfter((doc) => {
      doc.article.body = " \n ";
      doc.article.paragraphs = [{ start: 0, end: 1 }];
      doc.article.sentences = [{ start: 0, end: 1 }];
    });
    expect(blank).toContainEqual(
      expect.objectContaining({ path: "article.body", message: expect.stringMatching(/only whitespace/) }),
    );
  });

  it("rejects a wrong enum value, naming the allowed ones", () => {
    const errors = errorsAfter((doc) => {
      (doc.entities[2] as { kind: string }).kind = "TOWN";
    });
    expect(errors).toEqual([
      expect.objectContaining({
        path: "entities[2].kind",
        message: expect.stringMatching(/"TOWN" is not allowed: use one of "PERSON",/),
      }),
    ]);
  });

  it("rejects a gap between sentences", () => {
    const errors = errorsAfter((doc) => {
      doc.article.sentences.splice(1, 1);
    });
    expect(errors).toEqual([
      expect.objectContaining({
        path: "article.sentences[1].start",
        message: expect.stringMatching(/"\\"We agreed,\\" Lee said\." .* is in no sentence/),
      }),
    ]);
  });

  it("rejects overlapping, unsorted and paragraph-crossing sentences and uncovered paragraph text", () => {
    const errors = errorsAfter((doc) => {
      const [a, b, c] = doc.article.sentences as [
        { start: number; end: number },
        { start: number; end: number },
        { start: number; end: number },
      ];
      doc.article.sentences = [a, { start: b.start, end: c.end }];
      doc.article.paragraphs = [doc.article.paragraphs[0]!];
    });
    expect(errors.map((e) => e.path)).toEqual(["article.paragraphs", "article.sentences[1]"]);
    const overlap = errorsAfter((doc) => {
      doc.article.sentences.reverse();
    });
    expect(overlap[0]).toMatchObject({
      path: "article.sentences[1].start",
      message: expect.stringMatching(/sorted/),
    });
  });

  it("checks facts against their spans: quote words, mention names, role titles, date words, place kinds", () => {
    const errors = errorsAfter((doc) => {
      doc.quotes[0]!.text = "We disagreed,";
      doc.entities[1]!.name = "Rajesh Patel";
      doc.entities[0]!.roles![0]!.title = "Governor";
      doc.events[0]!.date.text = "Monday";
      doc.events[0]!.locationId = "raj-patel";
    });
    expect(errors.map((e) => e.path)).toEqual([
      "events[0].locationId",
      "events[0].date.span.text",
      "quotes[0].text",
      "entities[0].roles[0].evidence[0].text",
      "entities[1].mentions[0].text",
    ]);
  });

  describe("dates the article does not state", () => {
    const unstated = (doc: AnnotatedArticleInput) => {
      const { span: _span, ...date } = doc.events[0]!.date;
      doc.events[0]!.date = { ...date, text: null, basis: "before the vote", approximate: true };
    };

    it("accepts text null with a basis, approximate and no span", () => {
      expect(errorsAfter(unstated)).toEqual([]);
    });

    it("wants a basis when text is null, saying what to write", () => {
      const errors = errorsAfter((doc) => {
        unstated(doc);
        delete doc.events[0]!.date.basis;
      });
      expect(errors.map(formatContentError)).toEqual([
        `${FILE}: events[0].date.basis: date.text is null but basis is missing: say how the date was inferred (e.g. "before the Muscat round")`,
      ]);
    });

    it("refuses a basis beside the words as written", () => {
      const errors = errorsAfter((doc) => {
        doc.events[0]!.date.basis = "from the minutes";
      });
      expect(errors).toEqual([
        expect.objectContaining({
          path: "events[0].date.basis",
          message: expect.stringMatching(/remove basis, or set text to null/),
        }),
      ]);
    });

    it("refuses a span, and approximate false, on an unstated date", () => {
      const errors = errorsAfter((doc) => {
        const span = doc.events[0]!.date.span;
        unstated(doc);
        doc.events[0]!.date.span = span;
        doc.events[0]!.date.approximate = false;
      });
      expect(errors.map((e) => [e.path, e.message])).toEqual([
        ["events[0].date.span", expect.stringMatching(/text is null but a span is given: remove the span/)],
        ["events[0].date.approximate", expect.stringMatching(/set approximate to true/)],
      ]);
    });

    it("checks a quote's date the same way, and wants text present (null, not left out)", () => {
      const errors = errorsAfter((doc) => {
        doc.quotes[0]!.date = { iso: "2025-03", precision: "MONTH", text: null, status: "OCCURRED" };
        const { text: _text, ...rest } = doc.events[0]!.date;
        doc.events[0]!.date = rest as (typeof doc.events)[0]["date"];
      });
      expect(errors.map((e) => e.path)).toEqual([
        "events[0].date.text",
        "quotes[0].date.basis",
        "quotes[0].date.approximate",
      ]);
      expect(errors[0]!.message).toMatch(/add the words as written, or null when the article does not state/);
    });
  });

  it("wants a possessive 's outside a mention", () => {
    const errors = errorsAfter((doc) => {
      const span = doc.entities[0]!.mentions![2]!;
      span.end += 2;
      span.text = "Lee's";
    });
    expect(errors).toEqual([
      expect.objectContaining({
        path: "entities[0].mentions[2].text",
        message: expect.stringMatching(/end the span 2 characters earlier/),
      }),
    ]);
  });

  it("reports every error in a file, schema errors and the rest together", () => {
    const errors = errorsAfter((doc) => {
      (doc.events[0] as { kind: string }).kind = "PARTY";
      doc.quotes[0]!.evidence.text = "wrong";
      doc.relations[0]!.subjectId = "nobody";
      doc.article.publishedAt = "2025-02-30";
      doc.relations[0]!.id = "ev-meeting";
      (doc.article as Record<string, unknown>).extra = 1;
      doc.article.sentences.splice(1, 1);
    });
    expect(errors.map((e) => e.path).sort()).toEqual([
      "article.extra",
      "article.publishedAt",
      "article.sentences[1].start",
      "events[0].kind",
      "quotes[0].evidence.text",
      "relations[0].id",
      "relations[0].subjectId",
    ]);
  });

  it("does not call a reference to a fact that failed the schema dangling", () => {
    const errors = errorsAfter((doc) => {
      (doc.events[0] as { sequence: unknown }).sequence = "first";
    });
    expect(errors).toEqual([
      expect.objectContaining({ path: "events[0].sequence", message: 'expected a number, found "first"' }),
    ]);
  });

  it("reports unknown and missing fields", () => {
    const errors = errorsAfter((doc) => {
      (doc.article as Record<string, unknown>).headline = "x";
      delete (doc.entities[0] as Record<string, unknown>).provenance;
    });
    expect(errors).toEqual([
      expect.objectContaining({
        path: "article.headline",
        message: expect.stringMatching(/unknown field "headline"/),
      }),
      expect.objectContaining({ path: "entities[0].provenance", message: "missing: add an object" }),
    ]);
  });

  it("survives input that is not an object at all", () => {
    const result = validateAnnotatedArticle([1, 2], FILE);
    expect(result.ok).toBe(false);
    expect(validateAnnotatedArticle(null, FILE).ok).toBe(false);
  });
});
