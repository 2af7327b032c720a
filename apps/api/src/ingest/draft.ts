import { SlugSchema } from "@quizwire/content";
import {
  ExtractInputError,
  type ExtractResult,
  extractArticle,
  parseArticleText,
  type RawInput,
} from "@quizwire/extract";
import { z } from "zod";

const URL_SCHEMA = z.string().url();

/** The fields of `IngestArticleInput` a draft reads, as a plain object (it crosses to a worker thread). */
export interface DraftInput {
  text: string;
  title?: string | null;
  byline?: string | null;
  publishedAt?: string | null;
  dateline?: string | null;
  publisher?: string | null;
  sourceUrl?: string | null;
  slug?: string | null;
}

/** Input that cannot become a draft; the message is the sentence the caller gets (BAD_USER_INPUT). */
export class DraftInputError extends Error {
  override readonly name = "DraftInputError";
}

/**
 * Drafts the article the input describes, laid out as the ingest CLI reads a file (title line, blank
 * line, paragraphs; a dateline paragraph is recognised); the input's fields win over what the text
 * says. Input the extractor refuses (empty, binary, too large, not English…) is a DraftInputError
 * with the extractor's sentence. Nothing here touches the database, and nothing here imports the
 * API's GraphQL or store modules: the draft worker loads this file alone.
 */
export function draftFromInput(input: DraftInput): ExtractResult {
  if (input.text.trim() === "")
    throw new DraftInputError("text is empty: give the article's text, paragraphs separated by blank lines.");
  if (input.slug && !SlugSchema.safeParse(input.slug).success)
    throw new DraftInputError(
      `slug "${input.slug}" is not a slug: use lower-case words joined by hyphens (e.g. smoke-in-rome).`,
    );
  if (input.sourceUrl && !URL_SCHEMA.safeParse(input.sourceUrl).success)
    throw new DraftInputError(
      `sourceUrl "${input.sourceUrl}" is not a URL: give the article's address (https://…).`,
    );
  try {
    const title = input.title?.trim();
    const parsed = parseArticleText(title ? `${title}\n\n${input.text}` : input.text);
    const raw: RawInput = { ...parsed, ...given(input) };
    return extractArticle(raw);
  } catch (error) {
    if (error instanceof ExtractInputError)
      throw new DraftInputError(`The article cannot be ingested: ${error.message}.`);
    if (error instanceof z.ZodError)
      throw new DraftInputError(
        `The article cannot be ingested: ${error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}.`,
      );
    throw error;
  }
}

/** The optional fields the caller set, without nulls. */
function given(input: DraftInput): Partial<RawInput> {
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
