import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databases, type Live, startLive } from "./support/live.js";

const QUERY = `{ article(slug: "smoke-in-rome") { title entities { name } } }`;
const hash = createHash("sha256").update(QUERY).digest("hex");
const ext = (h: string) =>
  encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: h } }));

describe.each(databases)("persisted queries over GET ($name)", ({ options }) => {
  let live: Live;
  beforeAll(async () => {
    live = await startLive(options, { CACHE_MAX_AGE: "30" });
  });
  afterAll(() => live?.close());

  it("registers a query by hash, then serves the hash alone with public cache headers from the response cache", async () => {
    const unknown = await fetch(`${live.url}?extensions=${ext(hash)}`);
    expect(((await unknown.json()) as any).errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");

    const register = await fetch(`${live.url}?query=${encodeURIComponent(QUERY)}&extensions=${ext(hash)}`);
    expect(register.status).toBe(200);

    const first = await fetch(`${live.url}?extensions=${ext(hash)}`);
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("public, max-age=30, s-maxage=150");
    expect(first.headers.get("x-cache")).toBe("MISS");
    const body = (await first.json()) as any;
    expect(body.data.article.entities.length).toBeGreaterThan(10);

    const second = await fetch(`${live.url}?extensions=${ext(hash)}`);
    expect(second.headers.get("x-cache")).toBe("HIT");
    expect(await second.json()).toEqual(body);
  });

  it("rejects a wrong hash for a query", async () => {
    const res = await fetch(
      `${live.url}?query=${encodeURIComponent(QUERY)}&extensions=${ext("0".repeat(64))}`,
    );
    expect(res.status).toBe(400);
  });

  it("drops cached responses when the content changes", async () => {
    const url = `${live.url}?query=${encodeURIComponent('{ article(slug: "smoke-in-rome") { title } }')}`;
    await fetch(url);
    expect((await fetch(url)).headers.get("x-cache")).toBe("HIT");
    const annotated = await live.store.annotatedArticle("smoke-in-rome");
    annotated!.article.title = "Smoke in Rome (updated)";
    await live.store.loadArticle(annotated!);
    await live.server.contentChanged();
    const after = await fetch(url);
    expect(after.headers.get("x-cache")).toBe("MISS");
    expect(((await after.json()) as any).data.article.title).toBe("Smoke in Rome (updated)");
    await live.store.seed();
  });

  it("does not cache errors or POST requests", async () => {
    const url = `${live.url}?query=${encodeURIComponent('{ article(slug: "nope") { title } }')}`;
    await fetch(url);
    const again = await fetch(url);
    expect(again.headers.get("x-cache")).toBeNull();
    expect(again.headers.get("cache-control")).toBe("no-store");
  });
});
