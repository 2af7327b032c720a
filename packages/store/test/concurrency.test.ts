import { describe, expect, it } from "vitest";
import { backends, useTestDb } from "./backends.js";
import { romeArticle } from "./fixtures/rome.js";
import { secondArticle } from "./fixtures/second.js";

describe.each(backends)("concurrent loads on $name", (backend) => {
  const db = useTestDb(backend);

  it("articles sharing entities load side by side without deadlock or lost facts", async () => {
    const results = await Promise.all([
      db().store.loadArticle(romeArticle()),
      db().store.loadArticle(secondArticle()),
      db().store.loadArticle(romeArticle({ title: "Talks in Rome, again" })),
    ]);
    expect(results.every((r) => r.articleId)).toBe(true);
    const [mentions] = await db().store.mentionsByEntityIds(["abbas-araghchi"]);
    expect(new Set(mentions!.map((m) => m.articleSlug))).toEqual(
      new Set(["smoke-test-rome", "second-talks"]),
    );
    // Whichever version of the Rome article won, its facts are whole: never a mix or a double.
    const [quotes] = await db().store.quotesByArticleIds(["smoke-test-rome"]);
    expect(quotes!.map((q) => q.id)).toEqual(["q-constructive", "q-next-round"]);
  });
});
