/**
 * A JavaScript file as a response: cached for an hour and revalidated by ETag, so a publisher's
 * pages pick up a new loader within the hour without a versioned URL.
 */
export function scriptResponse(request: Request, body: string, etag: string): Response {
  const headers = {
    "content-type": "text/javascript; charset=utf-8",
    "cache-control": "public, max-age=3600, stale-while-revalidate=86400",
    etag,
    "access-control-allow-origin": "*",
    "x-content-type-options": "nosniff",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
