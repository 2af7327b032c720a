import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type Store } from "@quizwire/store";
import pg from "pg";

/** A database of its own for one test file: PGlite in a temp folder, or a fresh PostgreSQL database. */
export interface OwnDatabase {
  name: "pglite" | "postgres";
  open(): Promise<{ store: Store; drop(): Promise<void> }>;
}

const url = process.env.TEST_DATABASE_URL;

const pglite: OwnDatabase = {
  name: "pglite",
  async open() {
    const dir = mkdtempSync(join(tmpdir(), "quizwire-api-ingest-"));
    const store = await openStore({ dataDir: join(dir, "pglite") });
    return { store, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  },
};

// Ingesting adds articles the other test files (sharing TEST_DATABASE_URL) do not expect: use a database of its own.
const postgres: OwnDatabase = {
  name: "postgres",
  async open() {
    const name = `qw_api_ingest_${process.pid}_${Date.now()}`;
    const sql = async (text: string) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(text);
      } finally {
        await client.end();
      }
    };
    await sql(`create database ${name}`);
    const own = new URL(url!);
    own.pathname = `/${name}`;
    const store = await openStore({ url: own.toString() });
    return { store, drop: () => sql(`drop database if exists ${name} with (force)`) };
  },
};

export const ownDatabases: OwnDatabase[] = url ? [pglite, postgres] : [pglite];

const rawDir = join(import.meta.dirname, "..", "..", "..", "..", "packages", "content", "data", "raw");

/** A corpus article (packages/content/data/raw) as ingestArticle's text: title, dateline, paragraphs. */
export function corpusText(slug: string): string {
  const raw = JSON.parse(readFileSync(join(rawDir, `${slug}.json`), "utf8")) as {
    title: string;
    dateline: string;
    body: string;
  };
  return `${raw.title}\n\n${raw.dateline}\n\n${raw.body.split("\n").join("\n\n")}\n`;
}

/** A corpus article's paragraphs repeated to about 20,000 words (~120 kB): a draft that takes seconds. */
export function longCorpusText(slug: string, words = 20_000): string {
  const [title, dateline, ...paragraphs] = corpusText(slug).trim().split("\n\n");
  const body = paragraphs.join("\n\n");
  const times = Math.ceil(words / body.split(/\s+/).length);
  return `${title}\n\n${dateline}\n\n${Array.from({ length: times }, () => body).join("\n\n")}\n`;
}
