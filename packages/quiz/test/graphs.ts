import { type AnnotatedArticle, listCuratedArticles } from "@quizwire/content";
import { miniGraph } from "./fixtures/smoke-mini.js";

/** The curated seed article, when its data file is in place. */
export function seedGraph(): AnnotatedArticle | undefined {
  try {
    return listCuratedArticles().find((a) => a.article.slug === "smoke-in-rome");
  } catch {
    return undefined;
  }
}

/** Every graph the quality properties run on: the small fixture and, when present, the seed. */
export function testGraphs(): [string, AnnotatedArticle][] {
  const seed = seedGraph();
  return seed
    ? [
        ["fixture", miniGraph],
        ["smoke-in-rome", seed],
      ]
    : [["fixture", miniGraph]];
}
