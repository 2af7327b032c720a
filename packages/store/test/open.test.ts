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

const url = process.env.TEST_DATABASE_URL;

describe.runIf(url)("openStore on PostgreSQL", () => {
  it("survives the server dropping its idle connections: reports them and reconnects", async () => {
    const pg = (await import("pg")).default;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const name = `qw_store_drop_${process.pid}_${Date.now()}`;
    await admin.query(`create database ${name}`);
    const own = new URL(url!);
    own.pathname = `/${name}`;
    const dropped: Error[] = [];
    const store = await openStore({ url: own.toString(), onConnectionError: (e) => dropped.push(e) });
    try {
      await store.loadArticle(romeArticle());
      // What a server restart or failover does to the pool's idle connections.
      const killed = await admin.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
        [name],
      );
      expect(killed.rowCount).toBeGreaterThan(0);
      await expect.poll(() => dropped.length).toBeGreaterThan(0);
      expect(dropped[0]!.message).toMatch(/terminat/);
      expect((await store.listArticles({ first: 5 })).rows.map((a) => a.slug)).toEqual(["smoke-test-rome"]);
    } finally {
      await store.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }, 120_000);
});
