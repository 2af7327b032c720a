import type { RawArticle } from "../schema/article.js";

/** Where a raw article came from and under what terms, added to the text itself. */
export interface RawArticleSource {
  slug: string;
  publisher: string;
  sourceUrl: string;
  license: string;
  attribution: string;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/**
 * Builds a raw article from plain text laid out as: the title on line 1, a blank line, then
 * paragraphs separated by blank lines, the first of which is a dateline such as "Thursday,
 * February 23, 2023". The dateline is kept apart from the body, and gives publishedAt.
 */
export function rawArticleFromText(text: string, source: RawArticleSource): RawArticle {
  const blocks = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, " ").trim())
    .filter((block) => block !== "");
  const [title, dateline, ...paragraphs] = blocks;
  if (!title || !dateline || paragraphs.length === 0) {
    throw new Error(
      `${source.slug}: expected a title, a dateline and at least one paragraph, separated by blank lines`,
    );
  }
  return {
    formatVersion: 1,
    slug: source.slug,
    title,
    dateline,
    publishedAt: parseDateline(dateline, source.slug),
    publisher: source.publisher,
    sourceUrl: source.sourceUrl,
    license: source.license,
    attribution: source.attribution,
    body: paragraphs.join("\n"),
  };
}

/** "Thursday, February 23, 2023" -> "2023-02-23". */
export function parseDateline(dateline: string, slug = "article"): string {
  const match = /(?:^|,\s*)([A-Za-z]+)\s+(\d{1,2}),\s*(\d{4})\s*$/.exec(dateline);
  const month = match ? MONTHS.indexOf(match[1]!.toLowerCase()) + 1 : 0;
  if (!match || month === 0) {
    throw new Error(
      `${slug}: the dateline ${JSON.stringify(dateline)} is not like "Thursday, February 23, 2023"`,
    );
  }
  return `${match[3]}-${String(month).padStart(2, "0")}-${match[2]!.padStart(2, "0")}`;
}
