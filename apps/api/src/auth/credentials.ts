import type { IncomingHttpHeaders } from "node:http";

/**
 * The API key a request presents, unverified: `Authorization: Bearer <key>` or, failing that, the
 * `x-api-key` header; null when neither is there.
 */
export function presentedApiKey(headers: IncomingHttpHeaders): string | null {
  const auth = headers.authorization;
  const bearer = auth ? /^Bearer\s+(\S+)\s*$/i.exec(auth)?.[1] : undefined;
  if (bearer) return bearer;
  const raw = headers["x-api-key"];
  const key = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return key ? key : null;
}
