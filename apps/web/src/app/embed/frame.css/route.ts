import { EMBED_CSS, EMBED_CSS_VERSION } from "../../../lib/embed-css";

const ETAG = `"${EMBED_CSS_VERSION}"`;

/**
 * The embed frame's stylesheet. Its pages link it as `?v=<hash of the CSS>`, which is cached for a
 * year; any other `v` (a page from before a deploy) gets today's CSS for five minutes only.
 */
export function GET(request: Request): Response {
  const current = new URL(request.url).searchParams.get("v") === EMBED_CSS_VERSION;
  const headers = {
    "content-type": "text/css; charset=utf-8",
    "cache-control": current ? "public, max-age=31536000, immutable" : "public, max-age=300",
    etag: ETAG,
    "x-content-type-options": "nosniff",
  };
  if (request.headers.get("if-none-match") === ETAG) return new Response(null, { status: 304, headers });
  return new Response(EMBED_CSS, { headers });
}
