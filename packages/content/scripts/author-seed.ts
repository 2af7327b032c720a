/**
 * Writes data/articles/smoke-in-rome.json, the curated annotation of the seed article, from the
 * source text beside it and the drafted facts in seed-facts-*.ts. Run from packages/content:
 *   npx tsx scripts/author-seed.ts           write the JSON
 *   npx tsx scripts/author-seed.ts --check   exit 1 if the committed JSON differs from the facts
 * Fails, writing nothing, when a snippet is missing or ambiguous or the result does not validate.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type AnnotatedArticle, AnnotatedArticleSchema } from "../src/schema/article.js";
import { segment } from "../src/text/segment.js";
import { validateAnnotatedArticle } from "../src/validate/validate-article.js";
import { buildFacts } from "./author-seed-build.js";
import { checkCompleteness, uncoveredCapitals } from "./author-seed-checks.js";
import { splitSeedBody } from "./author-seed-sentences.js";
import { parseSeedSource } from "./author-seed-source.js";
import { BODIES } from "./seed-facts-bodies.js";
import { PUBLISHED_AT, PUBLISHED_AT_NOTE } from "./seed-facts-dates.js";
import { EVENTS } from "./seed-facts-events.js";
import { FACTION_RELATIONS } from "./seed-facts-factions.js";
import { GROUPS } from "./seed-facts-groups.js";
import { PARAPHRASES } from "./seed-facts-paraphrases.js";
import { PEOPLE } from "./seed-facts-people.js";
import { PLACES } from "./seed-facts-places.js";
import { QUOTATIONS } from "./seed-facts-quotes.js";
import { OTHER_RELATIONS } from "./seed-facts-relations.js";

const dataDir = new URL("../data/articles/", import.meta.url);
const sourceFile = new URL("smoke-in-rome.source.txt", dataDir);
const outFile = fileURLToPath(new URL("smoke-in-rome.json", dataDir));

const source = parseSeedSource(readFileSync(sourceFile, "utf8"));
// The project's segmenter, cross-checked against a plain splitter that suits this body.
const { paragraphs, sentences } = segment(source.body);
const plain = splitSeedBody(source.body).sentences;
const disagreements = plain.filter((s) => !sentences.some((t) => t.start === s.start && t.end === s.end));
const facts = buildFacts(source.body, {
  entities: [...PEOPLE, ...PLACES, ...BODIES, ...GROUPS],
  quotes: [...QUOTATIONS, ...PARAPHRASES],
  events: EVENTS,
  relations: [...FACTION_RELATIONS, ...OTHER_RELATIONS],
  asOf: PUBLISHED_AT,
});
const data = {
  formatVersion: 1,
  article: {
    id: "smoke-in-rome",
    slug: "smoke-in-rome",
    title: source.title,
    dek: source.dek,
    byline: source.byline,
    publisher: source.publisher,
    publishedAt: PUBLISHED_AT,
    publishedAtNote: PUBLISHED_AT_NOTE,
    attribution: `${source.byline} for ${source.publisher}. Copied verbatim from the Quizwire seed (seed/000_ea8f8f38c9518bc6.txt).`,
    language: "en",
    body: source.body,
    paragraphs,
    sentences,
  },
  ...facts,
};

const parsed: AnnotatedArticle = AnnotatedArticleSchema.parse(data);
const result = validateAnnotatedArticle(data, outFile);
const problems = [
  ...(result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`)),
  ...checkCompleteness(parsed),
];
if (problems.length > 0) {
  console.error(`not written: ${problems.length} problem(s)\n${problems.join("\n")}`);
  process.exit(1);
}
const json = `${JSON.stringify(data, null, 2)}\n`;
if (process.argv.includes("--check")) {
  const same = existsSync(outFile) && readFileSync(outFile, "utf8") === json;
  console.log(same ? `${outFile} is up to date` : `${outFile} is stale: run npx tsx scripts/author-seed.ts`);
  process.exit(same ? 0 : 1);
}
writeFileSync(outFile, json);
const count = (kind: string) => parsed.entities.filter((e) => e.kind === kind).length;
const kinds = [...new Set(parsed.entities.map((e) => e.kind))].map((k) => `${k} ${count(k)}`).join(", ");
console.log(`wrote ${outFile}`);
console.log(`entities ${parsed.entities.length} (${kinds})`);
console.log(
  `quotes ${parsed.quotes.length}, events ${parsed.events.length}, relations ${parsed.relations.length}`,
);
console.log(`mentions ${parsed.entities.reduce((n, e) => n + e.mentions.length, 0)}`);
for (const s of disagreements) {
  console.warn(
    `warning: segment() splits differently around: ${JSON.stringify(source.body.slice(s.start, s.end))}`,
  );
}
console.log(`capitalised words no mention covers: ${uncoveredCapitals(parsed).join(", ")}`);
