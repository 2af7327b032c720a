import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type Store } from "@quizwire/store";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusText, ingestKilledAt, ingestToEnd } from "./kill-support.js";

/** Where the spawned CLI stores: a PGlite folder, or a fresh PostgreSQL database. */
interface Target {
  name: string;
  setup(): Promise<{ args: string[]; env: NodeJS.ProcessEnv; open(): Promise<Store>; drop(): Promise<void> }>;
}

const { DATABASE_URL: _unset, ...baseEnv } = process.env;
const testUrl = process.env.TEST_DATABASE_URL;

const pglite: Target = {
  name: "PGlite",
  async setup() {
    const dir = mkdtempSync(join(tmpdir(), "quizwire-kill-"));
    const dataDir = join(dir, "pglite");
    return {
      args: ["--data-dir", dataDir],
      env: baseEnv,
      open: () => openStore({ dataDir }),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

const postgres: Target = {
  name: "PostgreSQL",
  async setup() {
    const name = `qw_extract_kill_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: testUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(testUrl!);
    url.pathname = `/${name}`;
    return {
      args: [],
      env: { ...baseEnv, DATABASE_URL: url.toString() },
      open: () => openStore({ url: url.toString() }),
      async drop() {
        const c = new pg.Client({ connectionString: testUrl });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    };
  },
};

if (!testUrl) console.warn("TEST_DATABASE_URL is not set: the kill test runs on PGlite only.");
const targets = testUrl ? [pglite, postgres] : [pglite];
const SLUG = "new-zealand-flag-process";

/** What a reader could see of the database: every article's slug and hash, and the article's facts. */
async function snapshot(open: () => Promise<Store>) {
  const store = await open();
  try {
    const page = await store.listArticles({ first: 100 });
    // The CLI slugifies the title, so the stored slug is not the corpus file's name.
    const only = page.rows[0];
    const graph = only ? await store.annotatedArticle(only.id) : null;
    return {
      articles: page.rows.map((a) => `${a.slug} ${a.contentHash}`),
      graph: graph && {
        quotes: graph.quotes.length,
        entities: graph.entities.length,
        body: graph.article.body,
      },
    };
  } finally {
    await store.close();
  }
}

describe.each(targets)("ingest killed inside the load transaction ($name)", (target) => {
  let db: Awaited<ReturnType<Target["setup"]>>;
  let dir: string;
  beforeAll(async () => {
    db = await target.setup();
    dir = mkdtempSync(join(tmpdir(), "quizwire-kill-text-"));
  });
  afterAll(async () => {
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("leaves no article when the first load of it is killed", async () => {
    const file = join(dir, "v1.txt");
    writeFileSync(file, corpusText(SLUG));
    const err = await ingestKilledAt([file, ...db.args], db.env, "quotes");
    expect(err).toMatch(/paused inside the load transaction after "quotes"/);
    expect(await snapshot(db.open)).toEqual({ articles: [], graph: null });
  }, 120_000);

  it("leaves the previous version when a reload is killed, and the next run stores the new one", async () => {
    const v1 = join(dir, "v1.txt");
    await ingestToEnd([v1, ...db.args], db.env);
    const before = await snapshot(db.open);
    expect(before.articles).toHaveLength(1);
    expect(before.graph?.quotes).toBeGreaterThan(0);

    const v2 = join(dir, "v2.txt");
    writeFileSync(
      v2,
      `${corpusText(SLUG)}\n"We will keep the old flag if the people want it," Prime Minister John Key told reporters.\n`,
    );
    await ingestKilledAt([v2, ...db.args], db.env, "entities");
    expect(await snapshot(db.open)).toEqual(before);

    await ingestToEnd([v2, ...db.args], db.env);
    const after = await snapshot(db.open);
    expect(after.articles).toHaveLength(1);
    expect(after.articles).not.toEqual(before.articles);
    expect(after.graph?.body).toContain("keep the old flag");
  }, 180_000);
});
