import { z } from "zod";

const flag = z
  .enum(["true", "false", "1", "0"], { message: "use true or false" })
  .transform((v) => v === "true" || v === "1");
const positiveInt = z.coerce.number().int().positive();
const list = z.string().transform((v) =>
  v
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean),
);

/** The API's configuration, read from the environment once and validated. */
export const EnvSchema = z.object({
  /** TCP port of the HTTP server; default 4000. */
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Interface to bind; default all interfaces. */
  HOST: z.string().default("0.0.0.0"),
  /** PostgreSQL URL; when unset the embedded PGlite database in PGLITE_DIR is used. */
  DATABASE_URL: z.string().url().optional(),
  /** Folder of the embedded PGlite database; default `.data/pglite`. */
  PGLITE_DIR: z.string().default(".data/pglite"),
  /** pino level: fatal, error, warn, info, debug, trace or silent; default info. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Whether the schema can be introspected; default true (a public content API). */
  INTROSPECTION: flag.default(true),
  /** Deepest selection nesting accepted; default 12. */
  MAX_DEPTH: positiveInt.default(12),
  /** Highest estimated cost accepted (lists count `first` times); default 20000. */
  MAX_COMPLEXITY: positiveInt.default(20_000),
  /** Most aliases in one document; default 30. */
  MAX_ALIASES: positiveInt.default(30),
  /** Largest GraphQL document, in bytes; default 20000. */
  MAX_DOCUMENT_BYTES: positiveInt.default(20_000),
  /** Largest HTTP request body, in bytes; default 100000. */
  MAX_BODY_BYTES: positiveInt.default(100_000),
  /** Origins allowed to embed quizzes (comma-separated); default none. */
  EMBED_ALLOWED_ORIGINS: list.default([]),
  /** Origins allowed by CORS (comma-separated, `*` for any); default `*`. */
  CORS: list.default(["*"]),
  /** Keep content rows in memory between requests (dropped when the content version changes); default true. */
  ROW_CACHE: flag.default(true),
  /** Milliseconds between checks of the database's content version (changes made elsewhere show up within it); default 1000. */
  CONTENT_VERSION_TTL_MS: z.coerce.number().int().min(0).default(1000),
  /** Seconds a CDN or browser may keep a cached GET response; default 60. */
  CACHE_MAX_AGE: z.coerce.number().int().min(0).default(60),
  /** Worker threads that draft ingested articles (ingestArticle), started on demand and reused; default 1. */
  INGEST_WORKERS: positiveInt.default(1),
  /** Milliseconds one draft may run before its worker is terminated and the ingest refused; default 30000. */
  INGEST_TIMEOUT_MS: positiveInt.default(30_000),
  /** Most ingests waiting for a draft worker; one more is refused at once (reason DRAFT_QUEUE_FULL); default 16. */
  INGEST_QUEUE_LIMIT: z.coerce.number().int().min(0).default(16),
});
export type Env = z.infer<typeof EnvSchema>;

/** Parses an environment (default: process.env), throwing one readable error listing every bad variable. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration in the environment:\n${lines.join("\n")}`);
  }
  return result.data;
}
