import { type OpenStoreOptions, openStore, type Store } from "@quizwire/store";

/** A database the tests run against. */
export interface Backend {
  name: "pglite" | "postgres";
  open(onQuery?: (sql: string) => void): Promise<Store>;
}

const url = process.env.TEST_DATABASE_URL;
if (!url) {
  const message =
    "TEST_DATABASE_URL is not set: the API tests run on PGlite only. Set it (postgres://…) to run them on PostgreSQL too.";
  if (process.env.CI === "true") throw new Error(`${message} CI must test PostgreSQL.`);
  console.warn(`\n\x1b[33m!!! ${message}\x1b[0m\n`);
}

const open = (options: OpenStoreOptions) => openStore(options);

/** PGlite in memory (one database per test file), and PostgreSQL when TEST_DATABASE_URL is set. */
export const backends: Backend[] = [
  { name: "pglite", open: (onQuery) => open({ dataDir: "memory://", onQuery }) },
  ...(url
    ? [{ name: "postgres" as const, open: (onQuery?: (sql: string) => void) => open({ url, onQuery }) }]
    : []),
];
