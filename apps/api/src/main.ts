import "reflect-metadata";
import { openStore } from "@quizwire/store";
import { readEnv } from "./env.js";
import { listen } from "./listen.js";
import { createLogger } from "./logger.js";
import { buildServer } from "./server.js";

// Entry point: open the database (migrations run on open), load the curated content, serve.
const env = readEnv();
const logger = createLogger(env.LOG_LEVEL);
const store = await openStore(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.PGLITE_DIR });
const loaded = await store.seed();
logger.info(
  { database: store.backend, articles: loaded.map((r) => ({ slug: r.slug, changed: r.changed })) },
  "content loaded",
);
const server = await buildServer({ store, logger, config: env });
const listening = await listen(server, env.PORT, env.HOST);
logger.info({ url: listening.url }, "Quizwire API ready");

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "shutting down");
  const force = setTimeout(() => process.exit(1), 10_000).unref();
  await listening.close();
  await store.close();
  clearTimeout(force);
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
