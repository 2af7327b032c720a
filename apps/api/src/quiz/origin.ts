import { badInput } from "../errors.js";

/** `scheme://host[:port]` and nothing more: no user, path (not even "/"), query or fragment. */
const SHAPE = /^([a-z][a-z0-9+.-]*):\/\/(\[[0-9a-f:.]+\]|[^\s/?#@:[\]\\]+)(?::(\d{1,5}))?$/i;

/**
 * The origin in the form browsers send in `Origin` (lowercase, no default port, IDN as punycode),
 * or null when `value` is not `scheme://host[:port]`.
 */
export function parseOrigin(value: string): string | null {
  const m = SHAPE.exec(value);
  if (!m || Number(m[3] ?? 0) > 65535) return null;
  const scheme = m[1]!.toLowerCase();
  if (scheme !== "http" && scheme !== "https") return value.toLowerCase();
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/**
 * `parseOrigin`, or BAD_USER_INPUT naming the argument, saying what an origin looks like and what
 * leaving the argument out does (`omitted`, a clause such as "leave it out for every origin").
 */
export function requireOrigin(name: string, value: string, omitted: string): string {
  const origin = parseOrigin(value);
  if (origin !== null) return origin;
  const got = JSON.stringify(value.length > 100 ? `${value.slice(0, 100)}…` : value);
  throw badInput(
    `${name} must be an origin, scheme://host[:port] with no path, query or trailing slash, such as https://news.example (got ${got}); ${omitted}.`,
  );
}
