import { readFileSync } from "node:fs";
import { join } from "node:path";
import { contentDataDir, listRawArticles } from "@quizwire/content";
import { extractArticle } from "../src/extract.js";
import { parseArticleText } from "../src/input/text-file.js";
import { tokenise } from "../src/text/tokens.js";
import type { RawInput } from "../src/types.js";

/**
 * `npm run bench:extract`: median milliseconds per 1,000 words to draft the seed and the six corpus
 * articles, and, in the same run, to tokenise them with wink alone (the baseline). Last line:
 * `extract/tokenise: R`, the ratio of the two medians.
 */
const ROUNDS = 15;

const seed = parseArticleText(
  readFileSync(join(contentDataDir, "articles", "smoke-in-rome.source.txt"), "utf8"),
);
const articles: RawInput[] = [{ ...seed, publishedAt: "2025-04-22" }, ...listRawArticles()];
const words = articles.reduce((n, a) => n + (a.body.match(/\S+/g)?.length ?? 0), 0);

function perThousandWords(run: (a: RawInput) => unknown): number {
  const t0 = performance.now();
  for (const a of articles) run(a);
  return ((performance.now() - t0) / words) * 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const draft = (a: RawInput) => extractArticle(a);
const tokens = (a: RawInput) => tokenise(a.body);
// Warm-up: model loading and JIT are not what we measure.
perThousandWords(draft);
perThousandWords(tokens);
const draftTimes: number[] = [];
const tokenTimes: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  // Interleaved so machine load affects both alike.
  tokenTimes.push(perThousandWords(tokens));
  draftTimes.push(perThousandWords(draft));
}
const d = median(draftTimes);
const t = median(tokenTimes);
console.log(`${articles.length} articles, ${words} words, ${ROUNDS} rounds (median)`);
console.log(`extract (whole draft): ${d.toFixed(2)} ms per 1,000 words`);
console.log(`tokenise (wink alone): ${t.toFixed(2)} ms per 1,000 words`);
console.log(`extract/tokenise: ${(d / t).toFixed(1)}`);
