import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { AnnotatedArticle } from "@quizwire/content";
import { type Corrections, mergeCorrections } from "./corrections/merge.js";
import { extractArticle } from "./extract.js";
import { decodeArticleBytes } from "./input/decode.js";
import { ExtractInputError } from "./input/errors.js";
import { parseArticleText } from "./input/text-file.js";
import type { ExtractOptions, RawInput } from "./types.js";

/** Options of `ingestFile`: overrides for what the file says, and where corrections live. */
export interface IngestFileOptions extends ExtractOptions {
  title?: string;
  byline?: string;
  /** YYYY-MM-DD; wins over a dateline in the file. */
  publishedAt?: string;
  publisher?: string;
  slug?: string;
  /** Folder holding `<slug>.curated.json` corrections. Default: the input file's folder. */
  correctionsDir?: string;
}

/** A draft from a file, with its warnings and the corrections file applied, if any. */
export interface IngestFileResult {
  draft: AnnotatedArticle;
  warnings: string[];
  /** The corrections file that was merged over the draft. */
  correctionsFile?: string;
}

/**
 * Reads a plain-text article file (see `parseArticleText`), drafts it, and merges an editor's
 * `<slug>.curated.json` over the draft when one is beside it. Storing is the caller's job
 * (`openStore().loadArticle(result.draft)`), so a failure here never touches a database.
 */
export function ingestFile(path: string, options: IngestFileOptions = {}): IngestFileResult {
  if (!existsSync(path))
    throw new ExtractInputError(`${path} does not exist: give the path of a plain-text article`);
  const text = decodeArticleBytes(readFileSync(path), path);
  const parsed = parseArticleText(text);
  const raw: RawInput = {
    ...parsed,
    ...(options.title ? { title: options.title } : {}),
    ...(options.byline ? { byline: options.byline } : {}),
    ...(options.publishedAt ? { publishedAt: options.publishedAt } : {}),
    ...(options.publisher ? { publisher: options.publisher } : {}),
    ...(options.slug ? { slug: options.slug } : {}),
  };
  const { draft, warnings } = extractArticle(raw, options);
  const correctionsFile = join(options.correctionsDir ?? dirname(path), `${draft.article.slug}.curated.json`);
  if (!existsSync(correctionsFile)) return { draft, warnings };
  let corrections: Corrections;
  try {
    corrections = JSON.parse(readFileSync(correctionsFile, "utf8")) as Corrections;
  } catch (e) {
    throw new ExtractInputError(`${correctionsFile} is not valid JSON: ${(e as Error).message}`);
  }
  return { draft: mergeCorrections(draft, corrections, correctionsFile), warnings, correctionsFile };
}
