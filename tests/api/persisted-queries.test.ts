import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databases, type Live, startLive } from "./support/live.js";

const QUERY = `{ article(slug: "smoke-in-rome") { title entities { name } } }`;
const hash = createHash("sha256").update(QUERY).digest("hex");
/** The parts of a GraphQL answer these tests read. */
interface Answer {
  data: { article: { title: string; slug: string; entities: unknown[] } };
  errors: { extensions: { code: string } }[];
}
const answer = async (res: Response) => (await res.json()) as Answer;
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
    expect((await answer(unknown)).errors[0]!.extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");

    const register = await fetch(`${live.url}?query=${encodeURIComponent(QUERY)}&extensions=${ext(hash)}`);
    expect(register.status).toBe(200);

    const first = await fetch(`${live.url}?extensions=${ext(hash)}`);
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("public, max-age=30, s-maxage=150");
    expect(first.headers.get("x-cache")).toBe("MISS");
    const body = await answer(first);
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
    expect((await answer(after)).data.article.title).toBe("Smoke in Rome (updated)");
    await live.store.seed();
  });

  it("sends a strong ETag and the body's byte length, the same on a miss and on hits", async () => {
    const url = `${live.url}?query=${encodeURIComponent('{ article(slug: "smoke-in-rome") { title body } }')}`;
    const miss = await fetch(url);
    expect(miss.headers.get("x-cache")).toBe("MISS");
    const etag = miss.headers.get("etag");
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    const bytes = Buffer.from(await miss.arrayBuffer());
    expect(Number(miss.headers.get("content-length"))).toBe(bytes.length);
    expect(miss.headers.get("vary")).toBe("Accept");
    expect(miss.headers.get("access-control-allow-origin")).toBe("*");

    const hit = await fetch(url);
    expect(hit.headers.get("x-cache")).toBe("HIT");
    expect(hit.headers.get("etag")).toBe(etag);
    expect(hit.headers.get("cache-control")).toBe("public, max-age=30, s-maxage=150");
    expect(hit.headers.get("vary")).toBe("Accept");
    expect(hit.headers.get("access-control-allow-origin")).toBe("*");
    const again = Buffer.from(await hit.arrayBuffer());
    expect(again.equals(bytes)).toBe(true);
    expect(Number(hit.headers.get("content-length"))).toBe(again.length);
  });

  it("answers If-None-Match with 304 and no body: the ETag, a list, a weak tag or *", async () => {
    const url = `${live.url}?query=${encodeURIComponent('{ article(slug: "smoke-in-rome") { slug } }')}`;
    const first = await fetch(url);
    const etag = first.headers.get("etag")!;
    for (const ifNoneMatch of [etag, `"other", W/${etag}`, "*"]) {
      const res = await fetch(url, { headers: { "if-none-match": ifNoneMatch } });
      expect(res.status, ifNoneMatch).toBe(304);
      expect(res.headers.get("etag")).toBe(etag);
      expect(res.headers.get("cache-control")).toBe("public, max-age=30, s-maxage=150");
      expect(res.headers.get("vary")).toBe("Accept");
      expect(await res.text()).toBe("");
    }
    const other = await fetch(url, { headers: { "if-none-match": '"something-else"' } });
    expect(other.status).toBe(200);
    expect((await answer(other)).data.article.slug).toBe("smoke-in-rome");
  });

  it("answers If-None-Match with 304 on a cacheable miss too", async () => {
    const query = '{ article(slug: "smoke-in-rome") { publishedAt } }';
    const url = `${live.url}?query=${encodeURIComponent(query)}`;
    const etag = (await fetch(url)).headers.get("etag")!;
    // A fresh server has not cached the query yet and computes the same ETag.
    const fresh = await startLive(options, { CACHE_MAX_AGE: "30" });
    try {
      const res = await fetch(`${fresh.url}?query=${encodeURIComponent(query)}`, {
        headers: { "if-none-match": etag },
      });
      expect(res.status).toBe(304);
      expect(res.headers.get("x-cache")).toBe("MISS");
    } finally {
      await fresh.close();
    }
  });

  it("answers with a new ETag after a content change, and 200 to the old one", async () => {
    const url = `${live.url}?query=${encodeURIComponent('{ article(slug: "smoke-in-rome") { title byline } }')}`;
    const before = await fetch(url);
    const etag = before.headers.get("etag")!;
    expect((await fetch(url, { headers: { "if-none-match": etag } })).status).toBe(304);
    const annotated = await live.store.annotatedArticle("smoke-in-rome");
    annotated!.article.title = "Smoke in Rome (etag)";
    await live.store.loadArticle(annotated!);
    await live.server.contentChanged();
    try {
      const after = await fetch(url, { headers: { "if-none-match": etag } });
      expect(after.status).toBe(200);
      expect(after.headers.get("x-cache")).toBe("MISS");
      expect(after.headers.get("etag")).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
      expect(after.headers.get("etag")).not.toBe(etag);
      expect((await answer(after)).data.article.title).toBe("Smoke in Rome (etag)");
    } finally {
      await live.store.seed();
      await live.server.contentChanged();
    }
  });

  it("answers HEAD like GET without a body, from the cache too", async () => {
    const url = `${live.url}?query=${encodeURIComponent('{ article(slug: "smoke-in-rome") { title slug } }')}`;
    const head = await fetch(url, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("x-cache")).toBe("MISS");
    expect(await head.text()).toBe("");
    const get = await fetch(url);
    expect(get.headers.get("x-cache")).toBe("HIT");
    const bytes = Buffer.from(await get.arrayBuffer());
    expect(Number(head.headers.get("content-length"))).toBe(bytes.length);
    expect(head.headers.get("etag")).toBe(get.headers.get("etag"));
    const headHit = await fetch(url, { method: "HEAD" });
    expect(headHit.headers.get("x-cache")).toBe("HIT");
    expect(Number(headHit.headers.get("content-length"))).toBe(bytes.length);
    const conditional = await fetch(url, {
      method: "HEAD",
      headers: { "if-none-match": get.headers.get("etag")! },
    });
    expect(conditional.status).toBe(304);
  });

  it("refuses other methods with 405 and Allow", async () => {
    for (const method of ["PUT", "DELETE", "PATCH"]) {
      const res = await fetch(live.url, { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.get("allow")).toBe("GET, HEAD, POST, OPTIONS");
      expect((await answer(res)).errors[0]!.extensions.code).toBe("METHOD_NOT_ALLOWED");
    }
  });

  it("does not cache errors or POST requests", async () => {
    const url = `${live.url}?query=${encodeURIComponent('{ article(slug: "nope") { title } }')}`;
    await fetch(url);
    const again = await fetch(url);
    expect(again.headers.get("x-cache")).toBeNull();
    expect(again.headers.get("cache-control")).toBe("no-store");
    expect(again.headers.get("etag")).toBeNull();
    const text = Buffer.from(await again.arrayBuffer());
    expect(Number(again.headers.get("content-length"))).toBe(text.length);
    const posted = await fetch(live.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ article(slug: "smoke-in-rome") { title } }' }),
    });
    expect(posted.headers.get("x-cache")).toBeNull();
    expect(posted.headers.get("cache-control")).toBe("no-store");
    expect(posted.headers.get("etag")).toBeNull();
  });
});

describe("persisted queries over GET with listed CORS origins", () => {
  let live: Live;
  beforeAll(async () => {
    live = await startLive(databases[0]!.options, { CORS: "https://a.example" });
  });
  afterAll(() => live?.close());

  it("puts Origin before Accept in Vary, on misses, hits and 304s, for listed and other origins", async () => {
    const url = `${live.url}?query=${encodeURIComponent('{ article(slug: "smoke-in-rome") { title } }')}`;
    const listed = { origin: "https://a.example" };
    const miss = await fetch(url, { headers: listed });
    expect(miss.headers.get("x-cache")).toBe("MISS");
    expect(miss.headers.get("vary")).toBe("Origin, Accept");
    expect(miss.headers.get("access-control-allow-origin")).toBe("https://a.example");
    const hit = await fetch(url, { headers: listed });
    expect(hit.headers.get("x-cache")).toBe("HIT");
    expect(hit.headers.get("vary")).toBe("Origin, Accept");
    expect(hit.headers.get("access-control-allow-origin")).toBe("https://a.example");
    // A script on that origin may read the validator and the cache state.
    expect(hit.headers.get("access-control-expose-headers")).toBe("ETag, X-Cache");
    const other = await fetch(url, { headers: { origin: "https://b.example" } });
    expect(other.headers.get("x-cache")).toBe("HIT");
    expect(other.headers.get("vary")).toBe("Origin, Accept");
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    expect(other.headers.get("access-control-expose-headers")).toBeNull();
    const notModified = await fetch(url, {
      headers: { ...listed, "if-none-match": hit.headers.get("etag")! },
    });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("vary")).toBe("Origin, Accept");
    expect(notModified.headers.get("access-control-allow-origin")).toBe("https://a.example");
  });
});
