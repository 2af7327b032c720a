/**
 * `npm run quiz:report -- <slug>`: prints every question the engine can make for a curated article,
 * grouped by type, then a summary of counts per type.
 */
import { listCuratedArticles } from "@quizwire/content";
import { formatPool } from "./format-pool.js";

const slug = process.argv[2];
const articles = listCuratedArticles();
const graph = articles.find((a) => a.article.slug === slug);
if (!graph) {
  const known = articles.map((a) => a.article.slug).join(", ") || "none";
  process.stderr.write(
    `${slug ? `No curated article "${slug}".` : "Name an article."} Run: npm run quiz:report -- <slug> (curated: ${known}).\n`,
  );
  process.exit(1);
}
process.stdout.write(formatPool(graph));
