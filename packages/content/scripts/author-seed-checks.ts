import type { AnnotatedArticle } from "../src/schema/article.js";

/**
 * Checks the validator does not make because they hold for this curated article only: every pair
 * of quotation marks in the body is a DIRECT or PARTIAL quote, and every paraphrase's evidence holds
 * its text. Returns the problems, empty when there are none.
 */
export function checkCompleteness(file: AnnotatedArticle): string[] {
  const { body } = file.article;
  const problems: string[] = [];
  for (const m of body.matchAll(/“([^”]*)”/g)) {
    const start = m.index;
    const end = start + m[0].length;
    const covered = file.quotes.some(
      (q) => q.kind !== "PARAPHRASE" && q.evidence.start <= start && q.evidence.end >= end,
    );
    if (!covered)
      problems.push(`the quotation ${m[0]} at ${start} is not the evidence of any DIRECT or PARTIAL quote`);
  }
  for (const q of file.quotes) {
    if (!q.evidence.text.includes(q.text)) problems.push(`${q.id}: the evidence does not hold the text`);
  }
  return problems;
}

/**
 * Capitalised words inside sentences that no entity mention covers: a reading aid that lists what
 * the graph might still be missing (sentence-initial words are skipped).
 */
export function uncoveredCapitals(file: AnnotatedArticle): string[] {
  const { body, sentences } = file.article;
  const mentions = file.entities.flatMap((e) => e.mentions);
  const starts = new Set(sentences.map((s) => s.start));
  const out = new Set<string>();
  for (const m of body.matchAll(/\p{Lu}\p{L}*/gu)) {
    if (starts.has(m.index)) continue;
    const end = m.index + m[0].length;
    if (!mentions.some((s) => s.start <= m.index && s.end >= end)) out.add(m[0]);
  }
  return [...out];
}
