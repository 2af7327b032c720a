import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AnnotatedArticle, RawArticle } from "../schema/article.js";
import { type ContentError, ContentValidationError, type ValidationResult } from "../validate/error.js";
import { loadAnnotatedArticleFile, loadRawArticleFile } from "./load-file.js";

/** Absolute path of the package's `data` folder; the same from `src/load` and `dist/load`. */
export const contentDataDir: string = fileURLToPath(new URL("../../data", import.meta.url));

/** A validated file and where it came from. */
export interface Loaded<T> {
  file: string;
  value: T;
}

/** Every file of one kind in a content folder, and every error found in them. */
export interface LoadedFiles<T> {
  files: Loaded<T>[];
  errors: ContentError[];
}

/** Everything in a content folder: curated articles, raw articles, and every error found. */
export interface ContentDir {
  articles: Loaded<AnnotatedArticle>[];
  raw: Loaded<RawArticle>[];
  errors: ContentError[];
}

/**
 * Loads every `*.json` file of `<dir>/articles` (annotated articles) and `<dir>/raw` (raw
 * articles), in name order. Files that fail are left out of the lists and all their errors
 * collected; a missing subfolder counts as empty.
 * @param dir the content folder; defaults to this package's `data`.
 */
export function loadContentDir(dir: string = contentDataDir): ContentDir {
  const articles = loadAll(join(dir, "articles"), loadAnnotatedArticleFile);
  const raw = loadAll(join(dir, "raw"), loadRawArticleFile);
  return { articles: articles.files, raw: raw.files, errors: [...articles.errors, ...raw.errors] };
}

/** The curated annotated articles of `<dir>/articles`; throws a ContentValidationError listing every error. */
export function listCuratedArticles(dir: string = contentDataDir): AnnotatedArticle[] {
  return valuesOrThrow(loadAll(join(dir, "articles"), loadAnnotatedArticleFile));
}

/** The raw articles of `<dir>/raw` awaiting ingestion; throws a ContentValidationError listing every error. */
export function listRawArticles(dir: string = contentDataDir): RawArticle[] {
  return valuesOrThrow(loadAll(join(dir, "raw"), loadRawArticleFile));
}

function loadAll<T>(folder: string, load: (file: string) => ValidationResult<T>): LoadedFiles<T> {
  const out: LoadedFiles<T> = { files: [], errors: [] };
  if (!existsSync(folder)) return out;
  const names = readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .sort();
  for (const name of names) {
    const file = join(folder, name);
    const loaded = load(file);
    if (loaded.ok) out.files.push({ file, value: loaded.value });
    else out.errors.push(...loaded.errors);
  }
  return out;
}

function valuesOrThrow<T>(loaded: LoadedFiles<T>): T[] {
  if (loaded.errors.length > 0) throw new ContentValidationError(loaded.errors);
  return loaded.files.map((f) => f.value);
}
