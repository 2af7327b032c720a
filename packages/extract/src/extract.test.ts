import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type AnnotatedArticle,
  contentDataDir,
  listRawArticles,
  validateAnnotatedArticle,
} from "@quizwire/content";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract.js";
import { parseArticleText } from "./input/text-file.js";

function everyFact(draft: AnnotatedArticle) {
  return [...draft.entities, ...draft.quotes, ...draft.events];
}

describe("extractArticle", () => {
  const source = readFileSync(join(contentDataDir, "articles", "smoke-in-rome.source.txt"), "utf8");
  const seed = extractArticle({ ...parseArticleText(source), publishedAt: "2025-04-22" });

  it("drafts the seed into a valid article whose facts are all DRAFT with a span", () => {
    const { draft } = seed;
    expect(validateAnnotatedArticle(draft, "seed").ok).toBe(true);
    for (const fact of everyFact(draft)) expect(fact.provenance.status).toBe("DRAFT");
    for (const e of draft.entities)
      if (e.id !== "debra-a-smith") expect(e.mentions.length).toBeGreaterThan(0);
    for (const q of draft.quotes)
      expect(draft.article.body.slice(q.evidence.start, q.evidence.end)).toContain(q.text);
    for (const e of draft.events) expect(e.evidence.length).toBeGreaterThan(0);
  });

  it("finds the seed's people with their posts", () => {
    const people = seed.draft.entities.filter((e) => e.kind === "PERSON");
    const roles = Object.fromEntries(people.map((p) => [p.name, p.roles.map((r) => r.title)]));
    expect(roles).toMatchObject({
      "Marco Rubio": ["Secretary of State"],
      "Mike Waltz": ["National Security Advisor"],
      "Steve Witkoff": ["Special Envoy to the Middle East"],
      "Abbas Araghchi": ["Foreign Minister"],
      Trump: [],
      Obama: [],
      "Debra A Smith": [],
    });
    expect(people.some((p) => /State Marco/.test(p.name))).toBe(false);
  });

  it("resolves Witkoff's pronoun paraphrase and Trump's partial quote", () => {
    const name = (id: string) => seed.draft.entities.find((e) => e.id === id)?.name;
    const quotes = seed.draft.quotes.map((q) => [
      name(q.speakerId),
      q.kind,
      q.speakerResolution,
      q.text.slice(0, 20),
    ]);
    expect(quotes).toContainEqual(["Steve Witkoff", "PARAPHRASE", "PRONOUN", "Iran might be permit"]);
    expect(quotes).toContainEqual(["Trump", "PARTIAL", "EXPLICIT_NAME", "very well"]);
  });

  it("drafts every corpus article into a valid article", () => {
    for (const raw of listRawArticles()) {
      const { draft } = extractArticle(raw);
      expect(validateAnnotatedArticle(draft, raw.slug).ok, raw.slug).toBe(true);
      expect(draft.article.publishedAt).toBe(raw.publishedAt);
    }
  });

  it("gives an honest draft with zero quotes for a text without quotations", () => {
    const { draft, warnings } = extractArticle(
      {
        title: "Rain in Oslo",
        body: "Heavy rain fell in Oslo, Norway, on Monday. The city closed two schools while crews cleared the roads and drains.",
      },
      { today: "2024-03-06" },
    );
    expect(draft.quotes).toEqual([]);
    expect(warnings).toContain("no quotes found: the draft has none");
    expect(draft.entities.map((e) => e.name).sort()).toEqual(["Norway", "Oslo"]);
    expect(draft.events).toEqual([]);
  });

  it("refuses a non-English article with a clear error", () => {
    const body =
      "La lluvia cayó sobre la ciudad durante toda la noche y los vecinos pidieron ayuda a los bomberos de la zona norte. ".repeat(
        3,
      );
    expect(() => extractArticle({ title: "Lluvia", body })).toThrow(/does not look like English/);
  });
});
