import type { IncomingMessage, ServerResponse } from "node:http";
import { type ApolloServer, HeaderMap, type HTTPGraphQLRequest } from "@apollo/server";
import { presentedApiKey } from "../auth/credentials.js";
import type { ContentVersion } from "../cache/content-version.js";
import type { ResponseCache } from "../cache/response-cache.js";
import { type Context, type ContextDeps, createContext } from "../context.js";
import { HttpError, parseJsonBody, readBody } from "./body.js";
import { applyCors } from "./cors.js";

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
  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(deps, req, res).catch((error: unknown) => {
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

async function handle(deps: HandlerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const qmark = req.url?.indexOf("?") ?? -1;
  const path = qmark >= 0 ? req.url!.slice(0, qmark) : (req.url ?? "/");
  if (path === "/healthz") return health(deps, res);
  if (path !== "/graphql") {
    throw new HttpError(
      404,
      `Nothing at ${path}: the GraphQL endpoint is /graphql and the health check /healthz.`,
      "NOT_FOUND",
    );
  }
  if (applyCors(req, res, deps.options.corsOrigins)) return;
  const method = req.method ?? "GET";
  const search = qmark >= 0 ? req.url!.slice(qmark) : "";
  const cacheKey = method === "GET" ? `${req.headers.accept ?? ""} ${search}` : null;
  let version: string | null = null;
  if (cacheKey) {
    version = await deps.version.current();
    const hit = deps.cache.get(version, cacheKey);
    if (hit) {
      send(res, hit.status, hit.headers.concat([["x-cache", "HIT"]]), hit.body);
      return;
    }
  }
  let body: unknown;
  if (method === "POST")
    body = parseJsonBody(req.headers["content-type"], await readBody(req, deps.options.maxBodyBytes));
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  const request: HTTPGraphQLRequest = { method: method.toUpperCase(), headers, search, body };
  const context = createContext(deps.context, {
    origin: req.headers.origin ?? null,
    apiKey: presentedApiKey(req.headers),
  });
  const result = await deps.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: request,
    context: async () => context,
  });
  const out: [string, string][] = [...result.headers];
  const status = result.status ?? 200;
  if (result.body.kind !== "complete") {
    send(res, status, out);
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
    return;
  }
  if (cacheKey && version && status === 200 && context.response.cacheable) {
    const age = deps.options.cacheMaxAge;
    out.push(["cache-control", `public, max-age=${age}, s-maxage=${age * 5}`], ["vary", "Accept"]);
    deps.cache.set(version, cacheKey, { status, headers: out, body: result.body.string });
    out.push(["x-cache", "MISS"]);
  } else {
    out.push(["cache-control", "no-store"]);
  }
  send(res, status, out, result.body.string);
}

/** Writes headers (appending to a Vary already set, e.g. by CORS), the status and, when given, the body. */
function send(res: ServerResponse, status: number, headers: [string, string][], body?: string): void {
  for (const [key, value] of headers) {
    const prior = key === "vary" ? res.getHeader("vary") : undefined;
    res.setHeader(key, prior ? `${prior}, ${value}` : value);
  }
  res.statusCode = status;
  if (body !== undefined) res.end(body);
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
