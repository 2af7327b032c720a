// Starts a TypeScript worker script from source (vitest, tsx): registers tsx in this thread, then
// loads the script named in workerData. The built API runs dist/ingest/draft.worker.js directly.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.script);
