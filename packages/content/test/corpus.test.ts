import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentDataDir, listRawArticles, segment } from "../src/index.js";

const SLUGS = [
  "afghan-girls-robotics-team",
  "canada-sensitive-document",
  "indonesia-asylum-seekers-rescued",
  "italy-religious-schools-taxes",
  "new-zealand-flag-process",
  "uk-asylum-questionnaire",
];

describe("raw corpus", () => {
  const raw = listRawArticles();

  it("holds the six Wikinews articles, each valid", () => {
    expect(raw.map((r) => r.slug)).toEqual(SLUGS);
  });

  it("credits Wikinews under CC BY 2.5 with the title, source URL and license URL", () => {
    for (const article of raw) {
      expect(article).toMatchObject({ publisher: "Wikinews", license: "CC BY 2.5" });
      expect(article.sourceUrl).toMatch(/^https:\/\/en\.wikinews\.org\/wiki\//);
      expect(article.attribution).toContain(`"${article.title}" by Wikinews contributors`);
      expect(article.attribution).toContain(article.sourceUrl);
      expect(article.attribution).toContain("https://creativecommons.org/licenses/by/2.5/");
      expect(article.attribution).toMatch(/modified/);
    }
    expect(readFileSync(join(contentDataDir, "raw", "SOURCES.md"), "utf8")).toMatch(/CC BY 2\.5/);
  });

  it("keeps the dateline out of the body and dates each article by it", () => {
    const uk = raw.find((r) => r.slug === "uk-asylum-questionnaire")!;
    expect(uk).toMatchObject({ dateline: "Thursday, February 23, 2023", publishedAt: "2023-02-23" });
    expect(uk.body.startsWith("The United Kingdom Home Office today")).toBe(true);
    for (const article of raw) expect(article.body).not.toContain(article.dateline);
  });

  it("segments into sentences that split where news sentences end", () => {
    const afghan = raw.find((r) => r.slug === "afghan-girls-robotics-team")!;
    const sentences = segment(afghan.body).sentences.map((s) => afghan.body.slice(s.start, s.end));
    expect(sentences).toContain("The team arrived in Washington D.C. after many difficulties.");
    expect(sentences.some((s) => s.endsWith("in Washington D.C."))).toBe(true);
    expect(sentences.some((s) => s.startsWith("The six-member Afghan team"))).toBe(true);
    expect(sentences.some((s) => s.includes("critics of U.S. President Donald Trump's policies"))).toBe(true);
  });
});
