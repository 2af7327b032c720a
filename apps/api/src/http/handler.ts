import type { IncomingMessage, ServerResponse } from "node:http";
import { type ApolloServer, HeaderMap, type HTTPGraphQLRequest } from "@apollo/server";
import { presentedApiKey } from "../auth/credentials.js";
import type { ContentVersion } from "../cache/content-version.js";
import {
  type CachedResponse,
  encodeResponse,
  ifNoneMatchHits,
  type ResponseCache,
} from "../cache/response-cache.js";
import { type Context, type ContextDeps, createContext } from "../context.js";
import { HttpError, parseJsonBody, readBody } from "./body.js";
import { answerPreflight, type Cors, corsPolicy, setCors } from "./cors.js";

/** Settings of the HTTP layer. */
export interface HandlerOptions {
  /** Largest request body in bytes. */
  maxBodyBytes: number;
  /** CORS origins; `*` for any. */
  corsOrigins: readonly string[];
  /** Seconds browsers (max-age) and shared caches (s-maxage, 5×) may keep a cacheable GET response. */
  cacheMaxAge: number;
}

export interface HandlerDeps {
  apollo: ApolloServer<Context>;
  context: ContextDeps;
  cache: ResponseCache;
  version: ContentVersion;
  options: HandlerOptions;
}

/** The node:http request listener: `GET /healthz`, `GET|POST /graphql`, CORS, body limits, GET cache. */
export function createHandler(deps: HandlerDeps) {
  const cors = corsPolicy(deps.options.corsOrigins);
  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(deps, cors, req, res).catch((error: unknown) => {
      const known = error instanceof HttpError;
      if (!known) deps.context.logger.error({ err: error }, "request failed");
      const status = known ? error.status : 500;
      const message = known ? error.message : "Something went wrong on our side; the error is logged.";
      if (!res.headersSent)
        sendJson(res, status, {
          errors: [{ message, extensions: { code: known ? error.code : "INTERNAL_SERVER_ERROR" } }],
        });
      else res.end();
    });
  };
}

async function handle(
  deps: HandlerDeps,
  corsFor: (origin: string | undefined) => Cors,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = req.url ?? "/";
  const qmark = url.indexOf("?");
  const path = qmark >= 0 ? url.slice(0, qmark) : url;
  if (path === "/healthz") return health(deps, res);
  if (path !== "/graphql") {
    throw new HttpError(
      404,
      `Nothing at ${path}: the GraphQL endpoint is /graphql and the health check /healthz.`,
      "NOT_FOUND",
    );
  }
  const cors = corsFor(req.headers.origin);
  const method = req.method ?? "GET";
  if (method === "OPTIONS") return answerPreflight(req, res, cors);
  // HEAD is answered as GET; node's ServerResponse leaves the body out.
  const read = method === "GET" || method === "HEAD";
  const search = qmark >= 0 ? url.slice(qmark) : "";
  const cacheKey = read ? `${req.headers.accept ?? ""} ${search}` : null;
  let version: string | null = null;
  if (cacheKey) {
    try {
      version = await deps.version.current();
    } catch (error) {
      // The error answer goes to browsers too: let them read it.
      setCors(res, cors);
      throw error;
    }
    const hit = deps.cache.get(version, cacheKey);
    if (hit) return sendCached(res, hit, cors, req.headers["if-none-match"], "HIT");
  }
  setCors(res, cors);
  if (!read && method !== "POST") {
    res.setHeader("allow", ALLOW);
    throw new HttpError(
      405,
      `${method} is not served at /graphql: use GET or HEAD for queries, POST for any operation.`,
      "METHOD_NOT_ALLOWED",
    );
  }
  let body: unknown;
  if (method === "POST")
    body = parseJsonBody(req.headers["content-type"], await readBody(req, deps.options.maxBodyBytes));
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  const request: HTTPGraphQLRequest = { method: read ? "GET" : method, headers, search, body };
  const context = createContext(deps.context, {
    origin: req.headers.origin ?? null,
    apiKey: presentedApiKey(req.headers),
  });
  const result = await deps.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: request,
    context: async () => context,
  });
  const status = result.status ?? 200;
  if (result.body.kind !== "complete") {
    send(res, status, [...result.headers, ["cache-control", "no-store"]]);
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
    return;
  }
  if (cacheKey && version && status === 200 && context.response.cacheable) {
    const age = deps.options.cacheMaxAge;
    const cacheControl = `public, max-age=${age}, s-maxage=${age * 5}`;
    const entry = encodeResponse(status, result.headers, result.body.string, cacheControl);
    deps.cache.set(version, cacheKey, entry);
    return sendCached(res, entry, cors, req.headers["if-none-match"], "MISS");
  }
  const text = Buffer.from(result.body.string, "utf8");
  send(res, status, [
    ...result.headers,
    ["cache-control", "no-store"],
    ["content-length", String(text.length)],
  ]);
  res.end(text);
}

/** What /graphql answers to, for the `Allow` header of a 405. */
const ALLOW = "GET, HEAD, POST, OPTIONS";

/**
 * Sends a cacheable response in one `writeHead` and one `end`, or `304 Not Modified` when the
 * request's If-None-Match matches its ETag. `Origin` goes first in Vary when CORS depends on it.
 */
function sendCached(
  res: ServerResponse,
  entry: CachedResponse,
  cors: Cors,
  ifNoneMatch: string | undefined,
  state: "HIT" | "MISS",
): void {
  const vary = cors.varyOrigin ? `Origin, ${entry.vary}` : entry.vary;
  if (ifNoneMatch !== undefined && ifNoneMatchHits(ifNoneMatch, entry.etag)) {
    res.writeHead(304, [...cors.headers, ...entry.notModifiedHeaders, "vary", vary, "x-cache", state]);
    res.end();
    return;
  }
  res.writeHead(entry.status, [...cors.headers, ...entry.headers, "vary", vary, "x-cache", state]);
  res.end(entry.body);
}

/** Sets headers (appending to a Vary already set, e.g. by CORS) and the status; the caller writes the body. */
function send(res: ServerResponse, status: number, headers: [string, string][]): void {
  for (const [key, value] of headers) {
    const prior = key === "vary" ? res.getHeader("vary") : undefined;
    res.setHeader(key, prior ? `${prior}, ${value}` : value);
  }
  res.statusCode = status;
}

async function health(deps: HandlerDeps, res: ServerResponse): Promise<void> {
  try {
    const contentVersion = await deps.context.store.contentVersion();
    sendJson(res, 200, { status: "ok", database: deps.context.store.backend, contentVersion });
  } catch (error) {
    deps.context.logger.error({ err: error }, "health check failed");
    sendJson(res, 503, { status: "unavailable", message: "The database does not answer." });
  }
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(text);
}
