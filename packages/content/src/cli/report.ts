import type { ContentDir } from "../load/content-dir.js";
import { type ContentError, formatContentError } from "../validate/error.js";
import { countFacts, countWords } from "./counts.js";

const LABELS = {
  people: "people",
  organisations: "organisations",
  places: "places",
  otherEntities: "other entities",
  quotes: "quotes",
  events: "events",
  relations: "relations",
} as const;

/**
 * The check's report: a table of counts per curated article, the raw articles with their word
 * counts, then every error as `file: path: message`.
 * @param display turns a file path into the form shown (e.g. relative to the working directory).
 */
export function formatReport(content: ContentDir, display: (file: string) => string = (f) => f): string {
  const lines: string[] = [];
  for (const { file, value } of content.articles) {
    lines.push(`${value.article.slug} (${display(file)})`);
    const counts = countFacts(value);
    for (const [key, label] of Object.entries(LABELS)) {
      lines.push(`  ${label.padEnd(16)}${String(counts[key as keyof typeof LABELS]).padStart(5)}`);
    }
    lines.push("");
  }
  lines.push(`raw articles: ${content.raw.length}`);
  const width = Math.max(0, ...content.raw.map((r) => r.value.slug.length));
  for (const { value } of content.raw) {
    lines.push(`  ${value.slug.padEnd(width + 2)}${String(countWords(value.body)).padStart(6)} words`);
  }
  return `${lines.join("\n")}\n`;
}

/** Every error, one per line, under a count. */
export function formatErrors(
  errors: readonly ContentError[],
  display: (file: string) => string = (f) => f,
): string {
  const lines = errors.map((e) => formatContentError({ ...e, file: display(e.file) }));
  return `${errors.length} error${errors.length === 1 ? "" : "s"}:\n${lines.join("\n")}\n`;
}
