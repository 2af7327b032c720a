import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { openStore, type Store } from "../src/index.js";

const url = process.env.TEST_DATABASE_URL;
if (!url) {
  if (process.env.CI === "true") {
    throw new Error(
      "CI=true but TEST_DATABASE_URL is unset: the store tests must also run on PostgreSQL in CI.",
    );
  }
  console.warn(
    "\n*** TEST_DATABASE_URL is unset: the PostgreSQL store tests are SKIPPED; only PGlite runs. " +
      "See packages/store/README.md to run them. ***\n",
  );
}

/** A database the tests of one file own: opened once, statements counted, dropped at the end. */
export interface TestDb {
  store: Store;
  /** SQL statements sent since the last `resetCount()`. */
  statements: string[];
  resetCount(): void;
}

export interface Backend {
  name: "pglite" | "postgres";
  /** Opens a fresh, empty, migrated database; `close()` in the result also drops it. */
  open(): Promise<TestDb & { close(): Promise<void> }>;
}

const pglite: Backend = {
  name: "pglite",
  async open() {
    const statements: string[] = [];
    const store = await openStore({ dataDir: "memory://", onQuery: (q) => statements.push(q) });
    return { store, statements, resetCount: () => statements.splice(0), close: () => store.close() };
  },
};

// Each test file gets its own database, so files can run in parallel and the server stays clean.
const postgres = (adminUrl: string): Backend => ({
  name: "postgres",
  async open() {
    const name = `qw_store_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const dbUrl = new URL(adminUrl);
    dbUrl.pathname = `/${name}`;
    const statements: string[] = [];
    const store = await openStore({ url: dbUrl.toString(), onQuery: (q) => statements.push(q) });
    return {
      store,
      statements,
      resetCount: () => statements.splice(0),
      async close() {
        await store.close();
        const cleanup = new pg.Client({ connectionString: adminUrl });
        await cleanup.connect();
        await cleanup.query(`drop database if exists ${name} with (force)`);
        await cleanup.end();
      },
    };
  },
});

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set. */
export const backends: Backend[] = url ? [pglite, postgres(url)] : [pglite];

/** Opens a database for the enclosing describe block and closes it after; use `db()` inside tests. */
export function useTestDb(backend: Backend): () => TestDb {
  let current: (TestDb & { close(): Promise<void> }) | undefined;
  beforeAll(async () => {
    current = await backend.open();
  }, 120_000);
  afterAll(async () => {
    await current?.close();
  });
  return () => {
    if (!current) throw new Error("the test database is not open yet");
    return current;
  };
}
