import { createHash } from "node:crypto";

/**
 * A cached GET response, encoded once when stored so that a hit is one `writeHead` and one `end`.
 * Header lists are flat (`[name, value, name, value, …]`), the form `res.writeHead` takes as is.
 */
export interface CachedResponse {
  status: number;
  body: Buffer;
  /** Strong entity tag, quoted: a hash of the content type and the body bytes. */
  etag: string;
  /** What the response varies by (at least `Accept`); the handler puts `Origin` first when CORS needs it. */
  vary: string;
  /** Headers of the full response: the producer's, `content-length`, `cache-control` and `etag`. */
  headers: readonly string[];
  /** Headers of a `304 Not Modified`: `etag` and `cache-control` (RFC 9110 §15.4.5), no body fields. */
  notModifiedHeaders: readonly string[];
}

/**
 * Encodes a response for the cache: the body as bytes, its length, `cache-control`, a strong ETag and
 * one `vary` joining the producer's with `Accept` (the cache key includes the Accept header).
 */
export function encodeResponse(
  status: number,
  headers: Iterable<[string, string]>,
  text: string,
  cacheControl: string,
): CachedResponse {
  const body = Buffer.from(text, "utf8");
  const out: string[] = [];
  const vary: string[] = [];
  let contentType = "";
  for (const [name, value] of headers) {
    const key = name.toLowerCase();
    if (key === "vary") vary.push(value);
    else if (key === "content-type") contentType = value;
    if (key !== "vary" && key !== "content-length" && key !== "cache-control" && key !== "etag")
      out.push(key, value);
  }
  if (!vary.some((v) => /(^|,)\s*accept\s*(,|$)/i.test(v))) vary.push("Accept");
  // The Accept header picks the content type, so two representations with the same bytes differ by it.
  const etag = `"${createHash("sha256").update(contentType).update("\n").update(body).digest("base64url")}"`;
  out.push("content-length", String(body.length), "cache-control", cacheControl, "etag", etag);
  return {
    status,
    body,
    etag,
    vary: vary.join(", "),
    headers: out,
    notModifiedHeaders: ["etag", etag, "cache-control", cacheControl],
  };
}

/**
 * Whether an `If-None-Match` header matches `etag` by the weak comparison of RFC 9110 §13.1.2 (as
 * §13.1.2 asks for If-None-Match): `*`, or any listed entity tag whose opaque part equals ours, with
 * or without `W/`. A malformed list matches nothing from where it breaks (the full response is sent).
 */
export function ifNoneMatchHits(header: string, etag: string): boolean {
  if (header.trim() === "*") return true;
  const length = header.length;
  let i = 0;
  while (i < length) {
    const c = header.charCodeAt(i);
    // Space, tab and comma separate the list's members.
    if (c === 32 || c === 9 || c === 44) {
      i++;
      continue;
    }
    if (header.startsWith("W/", i)) i += 2;
    if (header.charCodeAt(i) !== 34) return false;
    const close = header.indexOf('"', i + 1);
    if (close < 0) return false;
    if (close + 1 - i === etag.length && header.startsWith(etag, i)) return true;
    i = close + 1;
  }
  return false;
}

/**
 * An in-process cache of GraphQL GET responses, keyed by the URL and the content version: when the
 * content changes the version changes and every older entry is dropped at once. Least recently
 * stored entries go first past `maxEntries`.
 */
export class ResponseCache {
  private version: string | null = null;
  private readonly entries = new Map<string, CachedResponse>();

  constructor(private readonly maxEntries = 1000) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1)
      throw new Error(`ResponseCache needs maxEntries of at least 1, got ${maxEntries}.`);
  }

  get(version: string, key: string): CachedResponse | undefined {
    if (version !== this.version) return undefined;
    return this.entries.get(key);
  }

  set(version: string, key: string, value: CachedResponse): void {
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    // A replaced key moves to the back and evicts nothing else.
    if (!this.entries.delete(key) && this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, value);
  }

  get size(): number {
    return this.entries.size;
  }
}
