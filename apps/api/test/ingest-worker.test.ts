import "reflect-metadata";
import type { Store } from "@quizwire/store";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Listening, listen } from "../src/listen.js";
import { buildServer, type Server } from "../src/server.js";
import { INGEST, postGraphql } from "./ingest-support/client.js";
import { corpusText, longCorpusText } from "./ingest-support/databases.js";
import { backends } from "./support/backends.js";
import { testConfig } from "./support/harness.js";

const CORPUS = "new-zealand-flag-process";
const SLUGS = "{ articles(first: 50) { edges { node { slug } } } }";
const GENERIC = /Something went wrong on our side/;

/** A server over `store` whose log lines are kept; bodies up to 1 MB, so that long articles fit. */
async function start(store: Store, config: Record<string, string> = {}) {
  const lines: { level: number; msg: string }[] = [];
  const logger = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line)) });
  const server = await buildServer({
    store,
    logger,
    config: testConfig({ MAX_BODY_BYTES: "1000000", ...config }),
  });
  const http = await listen(server, 0, "127.0.0.1");
  return { server, http, lines };
}

describe("ingestArticle in a worker thread", () => {
  let store: Store;
  let server: Server;
  let http: Listening;
  let lines: { level: number; msg: string }[];
  let key: string;
  const ingest = (input: Record<string, unknown>, url = http.url) =>
    postGraphql(url, INGEST, { input: { dryRun: true, ...input } }, { authorization: `Bearer ${key}` });

  beforeAll(async () => {
    store = await backends[0]!.open();
    await store.seed();
    key = (await store.createApiKey("worker test")).key;
    ({ server, http, lines } = await start(store));
  });
  afterAll(async () => {
    await http?.close();
    await store?.close();
  });

  it("answers a content query and /healthz while a long article is drafted", async () => {
    // ~60,000 words (~350 kB): a draft of seconds, against queries of milliseconds.
    const text = longCorpusText(CORPUS, 60_000);
    expect(text.split(/\s+/).length).toBeGreaterThan(59_000);
    const answered: string[] = [];
    const drafting = ingest({ text }).finally(() => answered.push("ingest"));
    await vi.waitFor(() => expect(server.drafts.running).toBe(1), { timeout: 60_000, interval: 5 });

    const content = postGraphql(http.url, SLUGS).finally(() => answered.push("content"));
    const health = fetch(new URL("/healthz", http.url)).finally(() => answered.push("healthz"));
    const [listed, healthz] = await Promise.all([content, health]);
    expect(listed.body.data.articles.edges.length).toBeGreaterThan(0);
    expect(healthz.status).toBe(200);
    expect(answered).not.toContain("ingest");

    const { body } = await drafting;
    expect(body.errors).toBeUndefined();
    expect(body.data.ingestArticle.summary.quotes).toBeGreaterThan(0);
    expect(answered.at(-1)).toBe("ingest");
  });

  it("keeps the extractor's sentence for bad input, across the thread boundary", async () => {
    const { body } = await ingest({ title: "Bytes", text: "\u0000\u0001\u0002PNG\u0000\u0000IHDR" });
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).toMatch(/^The article cannot be ingested: .*binary/);
  });

  it("answers INTERNAL_SERVER_ERROR when the worker dies, logs it, and drafts the next ingest", async () => {
    const dying = ingest({ text: longCorpusText(CORPUS) });
    await vi.waitFor(() => expect(server.drafts.running).toBe(1), { timeout: 60_000, interval: 5 });
    await server.drafts.terminateWorkers();
    const { body } = await dying;
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(body.errors?.[0]?.message).toMatch(GENERIC);
    expect(lines.filter((l) => l.level === 50).map((l) => l.msg)).toEqual([
      "a draft worker died while drafting; the next draft starts a new one",
      "unexpected error in a request",
    ]);

    const { body: next } = await ingest({ text: corpusText(CORPUS), slug: CORPUS });
    expect(next.errors).toBeUndefined();
    expect(next.data.ingestArticle.summary).toMatchObject({ slug: CORPUS, publishedAt: "2015-05-07" });
    expect(server.drafts.workers).toBe(1);
  });

  it("refuses a draft that runs past INGEST_TIMEOUT_MS with a sentence saying what to do", async () => {
    const slow = await start(store, { INGEST_TIMEOUT_MS: "1" });
    try {
      const { body } = await ingest({ text: longCorpusText(CORPUS) }, slow.http.url);
      expect(body.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", reason: "DRAFT_TIMEOUT" });
      expect(body.errors?.[0]?.message).toMatch(
        /took longer than 0.001 s and was stopped: send a shorter text/,
      );
      expect(slow.server.drafts.workers).toBe(0);
    } finally {
      await slow.http.close();
    }
  });

  it("terminates its workers when the server closes", async () => {
    const own = await start(store);
    await ingest({ text: corpusText(CORPUS) }, own.http.url);
    expect(own.server.drafts.workers).toBe(1);
    await own.http.close();
    expect(own.server.drafts.workers).toBe(0);
  });
});
