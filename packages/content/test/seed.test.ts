import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentDataDir, listCuratedArticles, loadAnnotatedArticleFile } from "../src/index.js";
import { formatContentError } from "../src/validate/error.js";

const SEED = join(contentDataDir, "articles", "smoke-in-rome.json");

describe("curated seed article", () => {
  it("exists at data/articles/smoke-in-rome.json", () => {
    expect(existsSync(SEED)).toBe(true);
  });

  it("passes validation", () => {
    const result = loadAnnotatedArticleFile(SEED);
    expect(result.ok ? [] : result.errors.map(formatContentError)).toEqual([]);
    expect(result.ok && result.value.article).toMatchObject({
      slug: "smoke-in-rome",
      byline: "Debra A Smith",
    });
  });

  it("is listed among the curated articles", () => {
    expect(listCuratedArticles().map((a) => a.article.slug)).toContain("smoke-in-rome");
  });

  it("regression: keeps only the words as written in date.text, and says how each unstated date was inferred", () => {
    const seed = listCuratedArticles().find((a) => a.article.slug === "smoke-in-rome")!;
    const dates = [...seed.events, ...seed.quotes].flatMap((f) => (f.date ? [{ id: f.id, ...f.date }] : []));
    for (const d of dates) {
      if (d.text === null) expect(d, d.id).toMatchObject({ basis: expect.any(String), approximate: true });
      else expect(d.span?.text, d.id).toBe(d.text);
    }
    expect(dates.filter((d) => d.text === null).map((d) => d.id)).toEqual([
      "ev-send-witkoff",
      "ev-axios-report",
      "ev-khamenei-message",
      "ev-macgregor-x-post",
      "ev-araghchi-remarks",
      "ev-netanyahu-condemnation",
      "q-araghchi-common-ground",
    ]);
  });
});
