/**
 * `npm run bench -w @quizwire/quiz`: in-process generation of a 10-question quiz of the seed article
 * (median µs over many seeds, the pool built each time as generateQuiz does), against a baseline
 * measured in the same run and interleaved with it: a structuredClone of the article's graph.
 * The last line is `quiz/clone: R`, R = generate median / clone median.
 */
import { listCuratedArticles } from "@quizwire/content";
import { generateQuiz } from "../src/index.js";

const SLUG = process.argv[2] ?? "smoke-in-rome";
const RUNS = Number(process.env.BENCH_RUNS ?? 400);
const WARMUP = 50;

const graph = listCuratedArticles().find((a) => a.article.slug === SLUG);
if (!graph) throw new Error(`No curated article "${SLUG}"; pass a slug of packages/content/data/articles.`);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function time(f: () => unknown): number {
  const start = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - start) / 1000;
}

let sink = 0;
for (let i = 0; i < WARMUP; i++) {
  sink += generateQuiz(graph, { seed: `warm-${i}`, questionCount: 10 }).questions.length;
  sink += structuredClone(graph).entities.length;
}
const quiz: number[] = [];
const clone: number[] = [];
for (let i = 0; i < RUNS; i++) {
  quiz.push(time(() => (sink += generateQuiz(graph, { seed: i, questionCount: 10 }).questions.length)));
  clone.push(time(() => (sink += structuredClone(graph).entities.length)));
}
const q = median(quiz);
const c = median(clone);
console.log(`article: ${SLUG}, ${RUNS} seeds (checksum ${sink})`);
console.log(`generateQuiz, 10 questions: median ${q.toFixed(1)} µs`);
console.log(`structuredClone of the graph: median ${c.toFixed(1)} µs`);
console.log(`quiz/clone: ${(q / c).toFixed(2)}`);
