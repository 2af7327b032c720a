import { SlugSchema } from "@quizwire/content";
import {
  ExtractInputError,
  type ExtractResult,
  extractArticle,
  parseArticleText,
  type RawInput,
} from "@quizwire/extract";
import { z } from "zod";
import { badInput } from "../errors.js";
import type { IngestArticleInput } from "./ingest.input.js";

const URL_SCHEMA = z.string().url();

/**
 * Drafts the article the input describes, laid out as the ingest CLI reads a file (title line, blank
 * line, paragraphs; a dateline paragraph is recognised); the input's fields win over what the text
 * says. Input the extractor refuses (empty, binary, too large, not English…) is BAD_USER_INPUT with
 * the extractor's sentence. Nothing here touches the database.
 */
export function draftFromInput(input: IngestArticleInput): ExtractResult {
  if (input.text.trim() === "")
    throw badInput("text is empty: give the article's text, paragraphs separated by blank lines.");
  if (input.slug && !SlugSchema.safeParse(input.slug).success)
    throw badInput(
      `slug "${input.slug}" is not a slug: use lower-case words joined by hyphens (e.g. smoke-in-rome).`,
    );
  if (input.sourceUrl && !URL_SCHEMA.safeParse(input.sourceUrl).success)
    throw badInput(`sourceUrl "${input.sourceUrl}" is not a URL: give the article's address (https://…).`);
  try {
    const title = input.title?.trim();
    const parsed = parseArticleText(title ? `${title}\n\n${input.text}` : input.text);
    const raw: RawInput = { ...parsed, ...given(input) };
    return extractArticle(raw);
  } catch (error) {
    if (error instanceof ExtractInputError)
      throw badInput(`The article cannot be ingested: ${error.message}.`);
    if (error instanceof z.ZodError)
      throw badInput(
        `The article cannot be ingested: ${error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}.`,
      );
    throw error;
  }
}

/** The optional fields the caller set, without nulls. */
function given(input: IngestArticleInput): Partial<RawInput> {
  const out: Partial<RawInput> = {};
  for (const key of [
    "title",
    "byline",
    "publishedAt",
    "dateline",
    "publisher",
    "sourceUrl",
    "slug",
  ] as const) {
    const value = input[key]?.trim();
    if (value) out[key] = value;
  }
  return out;
}
