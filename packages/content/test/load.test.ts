import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ContentValidationError,
  contentDataDir,
  listCuratedArticles,
  listRawArticles,
  loadAnnotatedArticleFile,
  loadContentDir,
} from "../src/index.js";
import { validFixture } from "./fixture.js";

function tempContentDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "quizwire-content-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe("loadAnnotatedArticleFile", () => {
  it("reports bad JSON with the file, line and column", () => {
    const dir = tempContentDir({ "articles/bad.json": '{\n  "formatVersion": 1,\n  "article": {,\n}' });
    const result = loadAnnotatedArticleFile(join(dir, "articles/bad.json"));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      {
        file: join(dir, "articles/bad.json"),
        path: "",
        message: expect.stringMatching(/^invalid JSON at line 3, column 15: /),
      },
    ]);
  });

  it("reports a missing file", () => {
    const result = loadAnnotatedArticleFile("/nonexistent/x.json");
    expect(!result.ok && result.errors[0]!.message).toMatch(/cannot read the file/);
  });
});

describe("loadContentDir", () => {
  it("loads valid files and collects every error of the invalid ones", () => {
    const broken = validFixture();
    broken.article.publishedAt = "2025-02-30";
    broken.quotes[0]!.speakerId = "nobody";
    const dir = tempContentDir({
      "articles/a-good.json": JSON.stringify(validFixture()),
      "articles/b-broken.json": JSON.stringify(broken),
      "articles/notes.txt": "ignored",
      "raw/r.json": JSON.stringify({
        formatVersion: 1,
        slug: "r",
        title: "R",
        dateline: "d",
        publishedAt: "2025-01-01",
      }),
    });
    const content = loadContentDir(dir);
    expect(content.articles.map((a) => a.value.article.slug)).toEqual(["town-talks"]);
    expect(content.errors.map((e) => `${e.file.slice(dir.length)}: ${e.path}`)).toEqual([
      "/articles/b-broken.json: quotes[0].speakerId",
      "/articles/b-broken.json: article.publishedAt",
      "/raw/r.json: publisher",
      "/raw/r.json: sourceUrl",
      "/raw/r.json: license",
      "/raw/r.json: attribution",
      "/raw/r.json: body",
    ]);
    expect(() => listCuratedArticles(dir)).toThrow(ContentValidationError);
    expect(() => listRawArticles(dir)).toThrow(/raw\/r\.json: body: missing: add a string/);
  });

  it("treats missing folders as empty", () => {
    expect(loadContentDir(tempContentDir({}))).toEqual({ articles: [], raw: [], errors: [] });
  });
});

describe("contentDataDir", () => {
  it("is the package's data folder, holding the raw corpus", () => {
    expect(contentDataDir).toBe(join(import.meta.dirname, "..", "data"));
    expect(listRawArticles().length).toBeGreaterThanOrEqual(6);
  });
});
