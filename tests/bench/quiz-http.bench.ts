import "reflect-metadata";
import { buildServer, listen, readEnv } from "@quizwire/api";
import { openStore } from "@quizwire/store";
import { pino } from "pino";

// npm run bench:quiz (HTTP half): createQuiz + submitAttempt over HTTP against the real API on
// PGlite, CONCURRENCY players at a time for SECONDS; prints completed quiz sessions and requests per second.
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = 10;

const CREATE = `mutation($seed: Int!) { createQuiz(input: { articleSlug: "smoke-in-rome", questionCount: 10, seed: $seed }) {
  id questions { id type choices { id } items { left { id } right { id } } } } }`;
const SUBMIT = `mutation($input: SubmitAttemptInput!) { submitAttempt(input: $input) { score total } }`;

interface Question {
  id: string;
  type: string;
  choices: { id: string }[];
  items: { left: { id: string }[]; right: { id: string }[] } | null;
}

const store = await openStore({ dataDir: "memory://" });
await store.seed();
const api = await buildServer({
  store,
  logger: pino({ level: "silent" }),
  config: readEnv({ LOG_LEVEL: "silent" }),
});
const live = await listen(api, 0, "127.0.0.1");

async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch(live.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** One player: a quiz, then an attempt answering the first choice of every question (any shape the API accepts). */
async function session(seed: number): Promise<void> {
  const { createQuiz } = await gql<{ createQuiz: { id: string; questions: Question[] } }>(CREATE, { seed });
  const answers = createQuiz.questions.map((q) => ({
    questionId: q.id,
    ...(q.type === "CLOZE" ? { text: "x" } : {}),
    ...(q.type === "MATCHING"
      ? { pairs: (q.items?.left ?? []).map((l, i) => ({ leftId: l.id, rightId: q.items!.right[i]!.id })) }
      : {}),
    ...(q.type === "ORDERING" ? { choiceIds: q.choices.map((c) => c.id) } : {}),
    ...(["MULTIPLE_CHOICE", "TRUE_FALSE", "MULTI_SELECT"].includes(q.type)
      ? { choiceIds: [q.choices[0]!.id] }
      : {}),
  }));
  await gql(SUBMIT, { input: { quizId: createQuiz.id, answers, idempotencyKey: `bench-${seed}` } });
}

async function run(seconds: number, firstSeed: number): Promise<number> {
  let seed = firstSeed;
  let done = 0;
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < end) {
        await session(seed++);
        done += 1;
      }
    }),
  );
  return done;
}

await run(2, 1_000_000);
const sessions = await run(SECONDS, 1);
await live.close();
await store.close();
const perSecond = sessions / SECONDS;
console.log(
  `createQuiz + submitAttempt over HTTP, ${CONCURRENCY} players for ${SECONDS} s: ${perSecond.toFixed(1)} sessions/s (${(2 * perSecond).toFixed(1)} req/s)`,
);
