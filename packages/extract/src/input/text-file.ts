import * as chrono from "chrono-node";
import type { RawInput } from "../types.js";
import { ExtractInputError } from "./errors.js";

const DATELINE =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}$/i;
const BYLINE = /^(?:By\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:\s*(?:,|\bfor\b)\s*(.+))?$/u;

/**
 * Reads an article laid out as plain text: the title on line 1, optionally a one-line dek right
 * under it, a blank line, then paragraphs separated by blank lines (lines inside a paragraph are
 * joined) or, when there are no blank lines, one paragraph per line. A first paragraph that is only
 * a date ("Thursday, February 23, 2023") is the dateline and gives publishedAt; a short last line
 * "Name for Publisher" (or "By Name") is the byline.
 */
export function parseArticleText(text: string): RawInput {
  const lines = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  const first = lines.findIndex((l) => l.trim() !== "");
  if (first < 0)
    throw new ExtractInputError(
      "the file is empty: put the title on line 1, a blank line, then the paragraphs",
    );
  const title = lines[first]!.trim();
  let i = first + 1;
  let dek: string | undefined;
  if (i < lines.length && lines[i]!.trim() !== "") dek = lines[i++]!.trim();
  const rest = lines.slice(i).join("\n").trim();
  const blocks = rest.split(/\n\s*\n/).filter((b) => b.trim() !== "");
  let paragraphs =
    blocks.length > 1
      ? blocks.map((b) => b.replace(/\s*\n\s*/g, " ").trim())
      : rest
          .split("\n")
          .map((l) => l.trim())
          .filter(Boolean);
  const raw: RawInput = { title, body: "" };
  if (dek) raw.dek = dek;
  if (paragraphs[0] && DATELINE.test(paragraphs[0])) {
    raw.dateline = paragraphs[0];
    const d = chrono.parse(paragraphs[0])[0]?.start;
    if (d) raw.publishedAt = `${d.get("year")}-${pad(d.get("month"))}-${pad(d.get("day"))}`;
    paragraphs = paragraphs.slice(1);
  }
  const last = paragraphs[paragraphs.length - 1];
  const byline =
    last && paragraphs.length > 1 && last.length < 80 && !/[.!?"”]$/.test(last) ? BYLINE.exec(last) : null;
  if (byline) {
    raw.byline = byline[1]!;
    if (byline[2]) raw.publisher = byline[2].trim();
    paragraphs = paragraphs.slice(0, -1);
  }
  raw.body = paragraphs.join("\n");
  if (!raw.body)
    throw new ExtractInputError(
      "the file has a title but no paragraphs: add the article text after a blank line",
    );
  return raw;
}

function pad(n: number | null): string {
  return String(n ?? 1).padStart(2, "0");
}
