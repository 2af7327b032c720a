import "reflect-metadata";
import { ApolloServer, type GraphQLRequest } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import type { Store } from "@quizwire/store";
import type { Logger } from "pino";
import { ContentVersion } from "./cache/content-version.js";
import { ResponseCache } from "./cache/response-cache.js";
import { RowCache } from "./cache/row-cache.js";
import { type Context, createContext, type RequestFacts } from "./context.js";
import type { Env } from "./env.js";
import { makeFormatError } from "./errors.js";
import { cacheabilityPlugin } from "./http/cacheability.plugin.js";
import { createHandler } from "./http/handler.js";
import { DraftPool } from "./ingest/draft-pool.js";
import { aliasLimitRule } from "./limits/aliases.rule.js";
import { depthLimitRule } from "./limits/depth.rule.js";
import { documentSizeRule } from "./limits/document-size.rule.js";
import { complexityPlugin } from "./limits/limits.plugin.js";
import { getSchema } from "./schema.js";

/** The settings `buildServer` reads (all of them have defaults in env.ts). */
export type ServerConfig = Pick<
  Env,
  | "INTROSPECTION"
  | "MAX_DEPTH"
  | "MAX_COMPLEXITY"
  | "MAX_ALIASES"
  | "MAX_DOCUMENT_BYTES"
  | "MAX_BODY_BYTES"
  | "CORS"
  | "CACHE_MAX_AGE"
  | "ROW_CACHE"
  | "CONTENT_VERSION_TTL_MS"
  | "INGEST_WORKERS"
  | "INGEST_TIMEOUT_MS"
  | "INGEST_QUEUE_LIMIT"
>;

export interface ServerDeps {
  store: Store;
  logger: Logger;
  config: ServerConfig;
}

/**
 * Builds the API without listening: an Apollo server (started), the node:http handler that serves
 * it, `execute` to run an operation in-process with a fresh context, and the draft pool of
 * `ingestArticle` (its workers start on the first ingest). `stop` stops Apollo and the workers.
 */
export async function buildServer(deps: ServerDeps) {
  const { store, logger, config } = deps;
  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    introspection: config.INTROSPECTION,
    // GET only runs queries and POST only accepts JSON, so the simple requests CSRF prevention guards against cannot mutate.
    csrfPrevention: false,
    includeStacktraceInErrorResponses: false,
    // main.ts handles SIGTERM/SIGINT (closes HTTP, Apollo, the draft workers, the store); Apollo must not race it.
    stopOnTerminationSignals: false,
    logger,
    formatError: makeFormatError(logger),
    validationRules: [
      documentSizeRule(config.MAX_DOCUMENT_BYTES),
      depthLimitRule(config.MAX_DEPTH),
      aliasLimitRule(config.MAX_ALIASES),
    ],
    plugins: [
      // The default cache-control plugin runs a hook on every field; responses are cached per content version instead.
      ApolloServerPluginCacheControlDisabled(),
      complexityPlugin(config.MAX_COMPLEXITY),
      cacheabilityPlugin(),
    ],
  });
  await apollo.start();
  const version = new ContentVersion(store, config.CONTENT_VERSION_TTL_MS);
  const rows = config.ROW_CACHE ? new RowCache(version) : undefined;
  const cache = new ResponseCache();
  const contentChanged = () => version.refresh();
  const drafts = new DraftPool({
    size: config.INGEST_WORKERS,
    timeoutMs: config.INGEST_TIMEOUT_MS,
    maxWaiting: config.INGEST_QUEUE_LIMIT,
    logger,
  });
  const contextDeps = { store, logger, rows, contentChanged, drafts };
  const handler = createHandler({
    apollo,
    context: contextDeps,
    cache,
    version,
    options: {
      maxBodyBytes: config.MAX_BODY_BYTES,
      corsOrigins: config.CORS,
      cacheMaxAge: config.CACHE_MAX_AGE,
    },
  });
  return {
    apollo,
    handler,
    cache,
    /** Makes a content change made in this process visible to the GET cache at once. */
    contentChanged,
    /** Runs one operation in-process with a fresh context (fresh DataLoaders). */
    execute: (request: GraphQLRequest, facts: RequestFacts = {}) =>
      apollo.executeOperation(request, { contextValue: createContext(contextDeps, facts) }),
    /** The worker threads that draft ingested articles. */
    drafts,
    /** Stops Apollo and terminates the draft workers (both at once: neither waits for the other). */
    async stop() {
      await Promise.all([apollo.stop(), drafts.close()]);
    },
  };
}
export type Server = Awaited<ReturnType<typeof buildServer>>;
