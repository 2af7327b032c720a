import type { Store } from "@quizwire/store";
import type { Logger } from "pino";
import type { RowCache } from "./cache/row-cache.js";
import type { DraftPool } from "./ingest/draft-pool.js";
import { createLoaders, type Loaders } from "./loaders.js";

/** What every resolver receives: the store, this request's DataLoaders and request facts. */
export interface Context {
  store: Store;
  loaders: Loaders;
  logger: Logger;
  /** Drafts ingested articles off the event loop (worker threads). */
  drafts: Pick<DraftPool, "draft">;
  /** The Origin header of the request, when a browser sent one (used to tag quiz attempts). */
  origin: string | null;
  /** The API key of the request (`Authorization: Bearer <key>` or `x-api-key`), not yet verified. */
  apiKey: string | null;
  /** Tells the caches that content was just loaded. */
  contentChanged: () => Promise<unknown>;
  /**
   * Facts about the response, shared with the HTTP layer (Apollo copies the context shallowly, so
   * they live in a nested object): `cacheable` when it may be cached and shared (public content only).
   */
  response: { cacheable: boolean };
}

export interface ContextDeps {
  store: Store;
  logger: Logger;
  /** The server's draft pool (closed with the server). */
  drafts: Pick<DraftPool, "draft">;
  /** The process-wide content row cache; without it every request reads the database. */
  rows?: RowCache;
  /** Refreshes the content version after a write in this process; default: nothing to refresh. */
  contentChanged?: () => Promise<unknown>;
}

/** Who is asking: facts read from the request's headers. */
export interface RequestFacts {
  origin?: string | null;
  apiKey?: string | null;
}

/** Builds a fresh context (fresh DataLoaders) for one request. */
export function createContext(deps: ContextDeps, facts: RequestFacts = {}): Context {
  return {
    store: deps.store,
    logger: deps.logger,
    drafts: deps.drafts,
    loaders: createLoaders(deps.store, deps.rows),
    origin: facts.origin ?? null,
    apiKey: facts.apiKey ?? null,
    contentChanged: deps.contentChanged ?? (async () => undefined),
    response: { cacheable: false },
  };
}
