import type { IncomingMessage, ServerResponse } from "node:http";

/** The CORS part of one answer. */
export interface Cors {
  /** Flat `[name, value]` list for `writeHead`: `access-control-allow-origin` when the origin may read. */
  headers: readonly string[];
  /**
   * True when only listed origins may read: every answer then depends on the Origin header, and a
   * shared cache must key on it (`Vary: Origin`), also for answers to origins that may not read.
   */
  varyOrigin: boolean;
}

// Scripts on other origins may read the cache validators and state, not only the CORS-safelisted headers.
const EXPOSE = ["access-control-expose-headers", "ETag, X-Cache"];
const ANY_ORIGIN: Cors = { headers: ["access-control-allow-origin", "*", ...EXPOSE], varyOrigin: false };
const NO_ORIGIN: Cors = { headers: [], varyOrigin: true };

/** The CORS answer for a request's Origin header, for `allowed` origins (`*` allows any). */
export function corsPolicy(allowed: readonly string[]): (origin: string | undefined) => Cors {
  if (allowed.includes("*")) return () => ANY_ORIGIN;
  const listed = new Set(allowed);
  return (origin) =>
    origin && listed.has(origin)
      ? { headers: ["access-control-allow-origin", origin, ...EXPOSE], varyOrigin: true }
      : NO_ORIGIN;
}

/** Sets the CORS headers on `res` for answers not sent in one `writeHead` (errors, uncached results). */
export function setCors(res: ServerResponse, cors: Cors): void {
  for (let i = 0; i < cors.headers.length; i += 2) res.setHeader(cors.headers[i]!, cors.headers[i + 1]!);
  if (cors.varyOrigin) res.setHeader("vary", "Origin");
}

/** Answers a preflight (`OPTIONS`) request with 204. */
export function answerPreflight(req: IncomingMessage, res: ServerResponse, cors: Cors): void {
  res.writeHead(204, [
    ...cors.headers,
    ...(cors.varyOrigin ? ["vary", "Origin"] : []),
    "access-control-allow-methods",
    "GET, HEAD, POST, OPTIONS",
    "access-control-allow-headers",
    req.headers["access-control-request-headers"] ?? "content-type, authorization, x-api-key",
    "access-control-max-age",
    "600",
  ]);
  res.end();
}
