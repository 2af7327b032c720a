import * as chrono from "chrono-node";
import { normaliseBody } from "../text/normalise.js";
import type { ExtractOptions, RawInput } from "../types.js";
import { MAX_INPUT_BYTES } from "./decode.js";
import { ExtractInputError } from "./errors.js";
import { htmlToText, looksLikeHtml } from "./html.js";
import { checkEnglish } from "./language.js";

/** The raw input made ready for extraction, with what was changed or assumed. */
export interface Prepared {
  title: string;
  body: string;
  publishedAt: string;
  warnings: string[];
}

/**
 * Checks and cleans a raw article: a title and body are required, the body must fit the size
 * limit, HTML is stripped to text (with a warning), the text must be English, and publishedAt is
 * taken from the input, else the dateline, else `options.today` (with a warning).
 */
export function prepareInput(raw: RawInput, options: ExtractOptions = {}): Prepared {
  const warnings: string[] = [];
  if (typeof raw.body !== "string" || raw.body.trim() === "")
    throw new ExtractInputError("the article body is empty: give the text of the article");
  if (raw.body.length > MAX_INPUT_BYTES)
    throw new ExtractInputError(`the body has ${raw.body.length} characters; the limit is 1 MB per article`);
  if (raw.body.includes("\u0000"))
    throw new ExtractInputError("the body holds NUL characters: it looks like binary data, not text");
  let text = raw.body;
  let title = raw.title ?? "";
  if (looksLikeHtml(text)) {
    text = htmlToText(text);
    warnings.push("the body was HTML: tags were stripped and the text kept");
  }
  if (looksLikeHtml(title)) title = htmlToText(title);
  title = title.replace(/\s+/g, " ").trim();
  if (!title)
    throw new ExtractInputError(
      "the article has no title: give one (the first line of the file, or --title)",
    );
  const body = normaliseBody(text);
  if (!body)
    throw new ExtractInputError(
      "the article body is empty once markup is removed: give the text of the article",
    );
  const lang = checkEnglish(body);
  if (lang) warnings.push(lang);
  return { title, body, publishedAt: publicationDate(raw, options, warnings), warnings };
}

function publicationDate(raw: RawInput, options: ExtractOptions, warnings: string[]): string {
  if (raw.publishedAt) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(raw.publishedAt) || Number.isNaN(Date.parse(raw.publishedAt))) {
      throw new ExtractInputError(`publishedAt "${raw.publishedAt}" is not a date: write it YYYY-MM-DD`);
    }
    return raw.publishedAt;
  }
  if (raw.dateline) {
    const parsed = chrono.parse(raw.dateline)[0];
    if (parsed?.start.isCertain("year") && parsed.start.isCertain("day")) {
      const d = parsed.start.date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    }
    warnings.push(`the dateline "${raw.dateline}" holds no full date`);
  }
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  warnings.push(
    `no publication date given: relative dates are resolved against ${today}; pass publishedAt (--published YYYY-MM-DD)`,
  );
  return today;
}
