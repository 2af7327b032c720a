import type { IncomingMessage, ServerResponse } from "node:http";

/** Sets CORS headers for `allowed` origins (`*` allows any); answers preflights. Returns true when done. */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (allowed.includes("*")) {
    res.setHeader("access-control-allow-origin", "*");
  } else if (origin && allowed.includes(origin)) {
    res.setHeader("access-control-allow-origin", origin);
    res.setHeader("vary", "Origin");
  }
  if (req.method !== "OPTIONS") return false;
  res.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
  res.setHeader(
    "access-control-allow-headers",
    req.headers["access-control-request-headers"] ?? "content-type, authorization, x-api-key",
  );
  res.setHeader("access-control-max-age", "600");
  res.statusCode = 204;
  res.end();
  return true;
}
