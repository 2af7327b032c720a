import { buildServer, type Listening, listen, readEnv } from "@quizwire/api";
import { type OpenStoreOptions, openStore, type Store } from "@quizwire/store";
import { pino } from "pino";

/** A real API server on a free port of 127.0.0.1 over a freshly seeded database. */
export interface Live {
  url: string;
  base: string;
  store: Store;
  server: Awaited<ReturnType<typeof buildServer>>;
  close(): Promise<void>;
}

const dbUrl = process.env.TEST_DATABASE_URL;
if (!dbUrl) {
  const message = "TEST_DATABASE_URL is not set: the HTTP tests run on PGlite only.";
  if (process.env.CI === "true") throw new Error(`${message} CI must test PostgreSQL too.`);
  console.warn(`\n\x1b[33m!!! ${message} Set it (postgres://…) to run them on PostgreSQL too.\x1b[0m\n`);
}

/** The databases to run on: PGlite in memory, and PostgreSQL when TEST_DATABASE_URL is set. */
export const databases: { name: string; options: OpenStoreOptions }[] = [
  { name: "pglite", options: { dataDir: "memory://" } },
  ...(dbUrl ? [{ name: "postgres", options: { url: dbUrl } }] : []),
];

export async function startLive(options: OpenStoreOptions, env: Record<string, string> = {}): Promise<Live> {
  const store = await openStore(options);
  await store.seed();
  const server = await buildServer({
    store,
    logger: pino({ level: "silent" }),
    config: readEnv({ LOG_LEVEL: "silent", ...env }),
  });
  const listening: Listening = await listen(server, 0, "127.0.0.1");
  return {
    url: listening.url,
    base: listening.url.replace(/\/graphql$/, ""),
    store,
    server,
    async close() {
      await listening.close();
      await store.close();
    },
  };
}

/** POSTs a GraphQL request as JSON and returns the status, headers and parsed body. */
export async function post(url: string, query: string, variables?: Record<string, unknown>) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}
