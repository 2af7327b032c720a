import "reflect-metadata";
import type { GraphQLRequest } from "@apollo/server";
import type { Store } from "@quizwire/store";
import type { FormattedExecutionResult } from "graphql";
import { pino } from "pino";
import { readEnv } from "../../src/env.js";
import { type Listening, listen } from "../../src/listen.js";
import { buildServer, type Server } from "../../src/server.js";
import type { Backend } from "./backends.js";

/** A seeded store and an API built over it, in-process (and over HTTP after `listen`). */
export interface Harness {
  store: Store;
  server: Server;
  /** Runs an operation in-process and returns its single result. */
  run(query: string, variables?: Record<string, unknown>): Promise<FormattedExecutionResult>;
  listen(): Promise<Listening>;
  close(): Promise<void>;
}

/** Test settings: the defaults of env.ts, with overrides. */
export const testConfig = (overrides: Record<string, string> = {}) =>
  readEnv({ LOG_LEVEL: "silent", ...overrides });

export async function startHarness(
  backend: Backend,
  options: { config?: Record<string, string>; onQuery?: (sql: string) => void } = {},
): Promise<Harness> {
  const store = await backend.open(options.onQuery);
  await store.seed();
  const server = await buildServer({
    store,
    logger: pino({ level: "silent" }),
    config: testConfig(options.config),
  });
  let listening: Listening | undefined;
  return {
    store,
    server,
    async run(query, variables) {
      const response = await server.execute({ query, variables } as GraphQLRequest);
      if (response.body.kind !== "single") throw new Error("expected a single result");
      return response.body.singleResult as FormattedExecutionResult;
    },
    async listen() {
      listening = await listen(server, 0, "127.0.0.1");
      return listening;
    },
    async close() {
      if (listening) await listening.close();
      else await server.stop();
      await store.close();
    },
  };
}
