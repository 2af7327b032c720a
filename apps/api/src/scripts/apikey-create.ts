import { openStore } from "@quizwire/store";
import { readEnv } from "../env.js";

// `npm run apikey:create -- NAME`: makes an API key for ingestArticle in the database the API uses
// (DATABASE_URL, else the PGlite folder PGLITE_DIR) and prints it once; only its hash is stored.
const name = process.argv.slice(2).join(" ").trim();
if (!name) {
  console.error(
    "apikey:create needs a name saying who or what the key is for, e.g. `npm run apikey:create -- newsroom-importer`.",
  );
  process.exit(1);
}
const env = readEnv();
const store = await openStore(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.PGLITE_DIR });
try {
  const created = await store.createApiKey(name);
  const where = env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${env.PGLITE_DIR}`;
  console.log(`API key "${name}" created in ${where}.`);
  console.log("It is shown only this once (only its hash is stored): copy it now.\n");
  console.log(created.key);
  console.log("\nSend it as `Authorization: Bearer <key>` (or `x-api-key: <key>`) with ingestArticle.");
} finally {
  await store.close();
}
