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
});
