import { contentDataDir, listCuratedArticles } from "@quizwire/content";
import type { Db } from "../db.js";
import type { LoadResult } from "../store.js";
import { loadArticle } from "./load-article.js";

/**
 * Loads every curated article of a content folder laid out like @quizwire/content's `data`
 * (`<dir>/articles/*.json`), in file-name order. Default: that package's own data.
 */
export async function loadContentDir(db: Db, dir: string = contentDataDir): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  for (const article of listCuratedArticles(dir)) results.push(await loadArticle(db, article));
  return results;
}
