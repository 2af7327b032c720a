import { describe, expect, it } from "vitest";
import { encodeResponse, ifNoneMatchHits, ResponseCache } from "./response-cache.js";

const JSON_TYPE: [string, string] = ["content-type", "application/json; charset=utf-8"];
const CC = "public, max-age=60, s-maxage=300";

/** The flat header list as a record, to read one header. */
const asRecord = (flat: readonly string[]) => {
  const out: Record<string, string> = {};
  for (let i = 0; i < flat.length; i += 2) out[flat[i]!] = flat[i + 1]!;
  return out;
};

describe("encodeResponse", () => {
  it("stores the body as bytes with their length, cache-control and the ETag", () => {
    const text = '{"data":{"title":"Fumée à Rome — 煙"}}';
    const entry = encodeResponse(200, [JSON_TYPE], text, CC);
    expect(entry.body.equals(Buffer.from(text, "utf8"))).toBe(true);
    const headers = asRecord(entry.headers);
    // Multi-byte characters: the length counts bytes, not UTF-16 units.
    expect(Number(headers["content-length"])).toBe(Buffer.byteLength(text));
    expect(Number(headers["content-length"])).toBeGreaterThan(text.length);
    expect(headers["cache-control"]).toBe(CC);
    expect(headers.etag).toBe(entry.etag);
    expect(headers["content-type"]).toBe(JSON_TYPE[1]);
    expect(asRecord(entry.notModifiedHeaders)).toEqual({ etag: entry.etag, "cache-control": CC });
  });

  it("makes a strong ETag that depends on the bytes and the content type only", () => {
    const a = encodeResponse(200, [JSON_TYPE], '{"a":1}', CC);
    expect(a.etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(encodeResponse(200, [JSON_TYPE], '{"a":1}', "public, max-age=1").etag).toBe(a.etag);
    expect(encodeResponse(200, [JSON_TYPE], '{"a":2}', CC).etag).not.toBe(a.etag);
    const graphqlType: [string, string] = [
      "content-type",
      "application/graphql-response+json; charset=utf-8",
    ];
    expect(encodeResponse(200, [graphqlType], '{"a":1}', CC).etag).not.toBe(a.etag);
  });

  it("joins the producer's Vary with Accept once and drops headers it sets itself", () => {
    expect(encodeResponse(200, [JSON_TYPE], "{}", CC).vary).toBe("Accept");
    expect(encodeResponse(200, [["Vary", "X-Client"]], "{}", CC).vary).toBe("X-Client, Accept");
    expect(encodeResponse(200, [["vary", "accept, X-Client"]], "{}", CC).vary).toBe("accept, X-Client");
    const entry = encodeResponse(
      200,
      [JSON_TYPE, ["Cache-Control", "no-cache"], ["content-length", "999"], ["vary", "X-Client"]],
      "{}",
      CC,
    );
    expect(entry.headers.filter((_, i) => i % 2 === 0).sort()).toEqual([
      "cache-control",
      "content-length",
      "content-type",
      "etag",
    ]);
    expect(asRecord(entry.headers)["content-length"]).toBe("2");
  });
});

describe("ifNoneMatchHits", () => {
  const etag = '"abc123"';

  it("matches the tag alone, in a list, weak or strong, and *", () => {
    expect(ifNoneMatchHits('"abc123"', etag)).toBe(true);
    expect(ifNoneMatchHits('W/"abc123"', etag)).toBe(true);
    expect(ifNoneMatchHits('"x", W/"y" ,"abc123"', etag)).toBe(true);
    expect(ifNoneMatchHits('"x",\t"abc123", "z"', etag)).toBe(true);
    expect(ifNoneMatchHits("*", etag)).toBe(true);
    expect(ifNoneMatchHits(" * ", etag)).toBe(true);
  });

  it("does not match other tags, prefixes, unquoted or malformed values", () => {
    expect(ifNoneMatchHits('"abc12"', etag)).toBe(false);
    expect(ifNoneMatchHits('"abc1234"', etag)).toBe(false);
    expect(ifNoneMatchHits('"x", "y"', etag)).toBe(false);
    expect(ifNoneMatchHits("abc123", etag)).toBe(false);
    expect(ifNoneMatchHits('w/"abc123"', etag)).toBe(false);
    expect(ifNoneMatchHits('"abc123', etag)).toBe(false);
    expect(ifNoneMatchHits('bad, "abc123"', etag)).toBe(false);
    expect(ifNoneMatchHits("", etag)).toBe(false);
    // A comma is a legal tag character: it does not split a quoted tag.
    expect(ifNoneMatchHits('"x,abc123"', etag)).toBe(false);
  });
});

describe("ResponseCache", () => {
  const entry = (text: string) => encodeResponse(200, [JSON_TYPE], text, CC);

  it("answers for the version an entry was stored under and drops everything when it changes", () => {
    const cache = new ResponseCache();
    cache.set("v1", "a", entry("1"));
    cache.set("v1", "b", entry("2"));
    expect(cache.get("v1", "a")?.body.toString()).toBe("1");
    expect(cache.get("v2", "a")).toBeUndefined();
    cache.set("v2", "c", entry("3"));
    expect(cache.size).toBe(1);
    expect(cache.get("v2", "b")).toBeUndefined();
    expect(cache.get("v1", "a")).toBeUndefined();
  });

  it("drops the least recently stored entry past maxEntries; replacing a key drops nothing", () => {
    const cache = new ResponseCache(2);
    cache.set("v", "a", entry("1"));
    cache.set("v", "b", entry("2"));
    cache.set("v", "b", entry("2 again"));
    expect(cache.size).toBe(2);
    expect(cache.get("v", "a")).toBeDefined();
    // "b" was stored again last: "a" is now the oldest.
    cache.set("v", "c", entry("3"));
    expect(cache.get("v", "a")).toBeUndefined();
    expect(cache.get("v", "b")?.body.toString()).toBe("2 again");
    expect(cache.get("v", "c")).toBeDefined();
  });

  it("refuses a bound below one", () => {
    expect(() => new ResponseCache(0)).toThrow(/at least 1, got 0/);
  });
});
