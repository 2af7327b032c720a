import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databases, type Live, post, startLive } from "./support/live.js";

const b64 = (s: string) => Buffer.from(s).toString("base64");

describe.each(databases)("HTTP API ($name)", ({ options }) => {
  let live: Live;
  beforeAll(async () => {
    live = await startLive(options, { MAX_DEPTH: "8", MAX_BODY_BYTES: "20000", MAX_DOCUMENT_BYTES: "10000" });
  });
  afterAll(() => live?.close());

  describe("GET /healthz", () => {
    it("answers ok after checking the database", async () => {
      const res = await fetch(`${live.base}/healthz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: "ok" });
    });
  });

  describe("POST /graphql", () => {
    it("serves the seed article with speakers, places and participants", async () => {
      const { status, body } = await post(
        live.url,
        `{ article(slug: "smoke-in-rome") { id title quotes { speaker { name } } events { location { name } participants { role entity { name } } } } }`,
      );
      expect(status).toBe(200);
      expect(body.data.article.id).toBe(b64("Article:smoke-in-rome"));
      expect(body.data.article.quotes.length).toBeGreaterThan(5);
      expect(body.data.article.events.some((e: any) => e.location?.name === "Rome")).toBe(true);
    });

    it("answers malformed JSON with 400 and a sentence", async () => {
      const res = await fetch(live.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{query:",
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as any;
      expect(body.errors[0].message).toMatch(/not valid JSON/);
    });

    it("answers a non-JSON content type with 415", async () => {
      const res = await fetch(live.url, {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: "{ __typename }",
      });
      expect(res.status).toBe(415);
      expect(((await res.json()) as any).errors[0].message).toMatch(/Content-Type: application\/json/);
    });

    it("answers an oversized body with 413", async () => {
      const res = await fetch(live.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `{ __typename } #${"x".repeat(30_000)}` }),
      });
      expect(res.status).toBe(413);
      expect(((await res.json()) as any).errors[0].message).toMatch(/MAX_BODY_BYTES/);
    });

    it("answers an oversized document with a validation error naming the limit", async () => {
      const { status, body } = await post(live.url, `{ __typename } #${"x".repeat(12_000)}`);
      expect(status).toBe(400);
      expect(body.errors[0].message).toMatch(/MAX_DOCUMENT_BYTES/);
    });

    it("answers a too-deep query with 400 GRAPHQL_VALIDATION_FAILED", async () => {
      const { status, body } = await post(
        live.url,
        `{ article(slug: "smoke-in-rome") { entities { quotes { speaker { quotes { speaker { quotes { speaker { name } } } } } } } } }`,
      );
      expect(status).toBe(400);
      expect(body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(body.errors[0].message).toMatch(/MAX_DEPTH/);
    });

    it("answers an unknown enum value with a 4xx and a code", async () => {
      const { status, body } = await post(live.url, `{ entities(kind: PLANET) { totalCount } }`);
      expect(status).toBe(400);
      expect(body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    });

    it("answers bad pagination with BAD_USER_INPUT", async () => {
      for (const args of ["first: -1", "first: 10000", 'after: "nope"']) {
        const { body } = await post(live.url, `{ entities(${args}) { totalCount } }`);
        expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
      }
    });

    it("never leaks internals for unknown routes", async () => {
      const res = await fetch(`${live.base}/nope`);
      expect(res.status).toBe(404);
      expect(JSON.stringify(await res.json())).toMatch(/\/graphql/);
    });
  });

  describe("GET /graphql", () => {
    it("runs queries and refuses mutations with 405", async () => {
      const ok = await fetch(`${live.url}?query=${encodeURIComponent("{ articles { totalCount } }")}`);
      expect(ok.status).toBe(200);
      const mutation = await fetch(`${live.url}?query=${encodeURIComponent("mutation { __typename }")}`);
      expect(mutation.status).toBeGreaterThanOrEqual(400);
      expect(mutation.status).toBeLessThan(500);
    });

    it("answers CORS preflights", async () => {
      const res = await fetch(live.url, {
        method: "OPTIONS",
        headers: { origin: "https://example.org", "access-control-request-method": "POST" },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(res.headers.get("access-control-allow-methods")).toContain("POST");
    });
  });
});
