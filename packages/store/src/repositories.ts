import type { Db } from "./db.js";
import { loadContentDir } from "./load/content.js";
import { loadArticle } from "./load/load-article.js";
import { annotatedArticle } from "./repos/annotated.js";
import { apiKeys } from "./repos/api-keys.js";
import { byArticle } from "./repos/by-article.js";
import { byEntity } from "./repos/by-entity.js";
import { contentVersion } from "./repos/content-version.js";
import { facts } from "./repos/facts.js";
import { lists } from "./repos/lists.js";
import { lookups } from "./repos/lookups.js";
import { quizzes } from "./repos/quizzes.js";
import { search } from "./repos/search.js";
import { sentencesAt } from "./repos/sentences.js";
import type { Store } from "./store.js";

/** Every repository bound to one database. */
export function repositories(db: Db): Omit<Store, "backend" | "close"> {
  return {
    loadArticle: (annotated, options) => loadArticle(db, annotated, options),
    loadContentDir: (dir) => loadContentDir(db, dir),
    seed: () => loadContentDir(db),
    annotatedArticle: (idOrSlug) => annotatedArticle(db, idOrSlug),
    contentVersion: () => contentVersion(db),
    ...lookups(db),
    ...byEntity(db),
    ...byArticle(db),
    ...facts(db),
    sentencesAt: (keys) => sentencesAt(db, keys),
    ...lists(db),
    search: (query, first) => search(db, query, first),
    ...quizzes(db),
    ...apiKeys(db),
  };
}
