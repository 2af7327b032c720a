import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore, StoreInputError } from "../src/index.js";
import { romeArticle } from "./fixtures/rome.js";

describe("openStore", () => {
  const dir = mkdtempSync(join(tmpdir(), "qw-pglite-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("creates a PGlite folder, migrates it, and a second open reuses the data", async () => {
    const dataDir = join(dir, "nested", "pglite");
    const first = await openStore({ dataDir });
    expect(first.backend).toBe("pglite");
    await first.loadArticle(romeArticle());
    await first.close();
    const statements: string[] = [];
    const second = await openStore({ dataDir, onQuery: (q) => statements.push(q) });
    expect((await second.loadArticle(romeArticle())).changed).toBe(false);
    expect((await second.listArticles({ first: 5 })).rows.map((a) => a.slug)).toEqual(["smoke-test-rome"]);
    expect(statements.length).toBeGreaterThan(0);
    await second.close();
  }, 120_000);

  it("refuses a URL that is not PostgreSQL with what to do", async () => {
    await expect(openStore({ url: "mysql://localhost/db" })).rejects.toThrow(StoreInputError);
    await expect(openStore({ url: "mysql://localhost/db" })).rejects.toThrow(/postgres:\/\//);
  });
});
