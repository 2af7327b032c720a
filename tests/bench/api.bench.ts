import "reflect-metadata";
import { fork } from "node:child_process";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { buildServer, listen, readEnv } from "@quizwire/api";
import { openStore } from "@quizwire/store";
import { pino } from "pino";
import type { LoadResult, LoadSpec } from "./autocannon-runner.js";
import { startCeiling } from "./ceiling.js";
import { startStockApollo } from "./stock-apollo.js";

// npm run bench:api — the full seed article query against our API, a stock Apollo Server with
// hand-written resolvers over the same store, and a node:http server replaying the answer (ceiling).
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const CONNECTIONS = 50;

const QUERY = `{ article(slug: "smoke-in-rome") { id slug title
  entities { id kind name aliases roles { title } mentions { start end text } }
  quotes { id text kind channel speaker { id name } evidence { start end text } }
  events { id kind title date { iso precision text } location { id name } participants { role entity { id name } } } } }`;

const runner = fork(fileURLToPath(new URL("./autocannon-runner.ts", import.meta.url)), {
  execArgv: ["--import", "tsx"],
});

function load(spec: Omit<LoadSpec, "seconds" | "connections">, seconds: number): Promise<LoadResult> {
  return new Promise((resolve) => {
    runner.once("message", (r) => resolve(r as LoadResult));
    runner.send({ ...spec, seconds, connections: CONNECTIONS } satisfies LoadSpec);
  });
}

async function measure(name: string, spec: Omit<LoadSpec, "seconds" | "connections">) {
  await load(spec, WARMUP);
  await settle(spec);
  const r = await load(spec, SECONDS);
  // The servers share this process: let the one just measured finish its backlog before the next run.
  await settle(spec);
  const bad = r.non2xx + r.errors;
  console.log(
    `${name.padEnd(22)} ${r.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms${bad ? `  (${bad} failed!)` : ""}`,
  );
  return r;
}

/** Resolves once the server has answered one more request (after everything queued before it). */
async function settle(spec: Omit<LoadSpec, "seconds" | "connections">) {
  await fetch(spec.url, { method: spec.method, headers: spec.headers, body: spec.body });
}

const json = { "content-type": "application/json" };
const post = (url: string) => ({
  url,
  method: "POST" as const,
  headers: json,
  body: JSON.stringify({ query: QUERY }),
});

// BENCH_DATABASE_URL=postgres://… measures on PostgreSQL (database out of process) instead of in-memory PGlite.
const store = await openStore(
  process.env.BENCH_DATABASE_URL ? { url: process.env.BENCH_DATABASE_URL } : { dataDir: "memory://" },
);
await store.seed();
const logger = pino({ level: "silent" });
const api = await buildServer({ store, logger, config: readEnv({ LOG_LEVEL: "silent" }) });
const live = await listen(api, 0, "127.0.0.1");
// The same API without its content row cache: every request reads the database, as the stock server does.
const noRows = await buildServer({
  store,
  logger,
  config: readEnv({ LOG_LEVEL: "silent", ROW_CACHE: "false" }),
});
const liveNoRows = await listen(noRows, 0, "127.0.0.1");
const stock = await startStockApollo(store);

const answer = await fetch(live.url, {
  method: "POST",
  headers: json,
  body: JSON.stringify({ query: QUERY }),
});
const answerText = await answer.text();
if (!answer.ok || answerText.includes('"errors"'))
  throw new Error(`the API failed the bench query: ${answerText}`);
const ceiling = await startCeiling(answerText);

// The baseline must give the same answer (ids aside: ours are global ids), or the ratio means nothing.
const stockText = await (await fetch(stock.url, post(stock.url))).text();
const withoutIds = (text: string) => JSON.stringify(JSON.parse(text, (k, v) => (k === "id" ? undefined : v)));
if (withoutIds(stockText) !== withoutIds(answerText))
  throw new Error(`stock Apollo answers the bench query differently: ${stockText.slice(0, 300)}`);

const hash = createHash("sha256").update(QUERY).digest("hex");
const ext = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }));
await fetch(`${live.url}?query=${encodeURIComponent(QUERY)}&extensions=${ext}`);
const cachedUrl = `${live.url}?extensions=${ext}`;
await fetch(cachedUrl);
const probe = await fetch(cachedUrl);
if (probe.headers.get("x-cache") !== "HIT")
  throw new Error("the persisted query GET is not served from the cache");

console.log(
  `full seed article query, ${SECONDS} s at ${CONNECTIONS} connections after ${WARMUP} s of warm-up`,
);
const top = await measure("ceiling (static JSON)", post(ceiling.url));
const cached = await measure("api GET (APQ, cached)", { url: cachedUrl, method: "GET" });
const ownRows = await measure("api POST, row cache", post(live.url));
const ours = await measure("api POST (uncached)", post(liveNoRows.url));
const baseline = await measure("stock apollo POST", post(stock.url));

runner.kill();
await live.close();
await liveNoRows.close();
await stock.stop();
await ceiling.stop();
await store.close();

const r = (a: LoadResult, b: LoadResult) => (a.requestsPerSecond / b.requestsPerSecond).toFixed(2);
// The headline is the API reading the database on every request; its row cache is on by default
// and is reported beside it.
console.log(
  `(the same API with its row cache, as it runs by default: api/stock-apollo: ${r(ownRows, baseline)})`,
);
console.log(
  `api/stock-apollo: ${r(ours, baseline)} api/ceiling: ${r(ours, top)} cached/ceiling: ${r(cached, top)}`,
);
