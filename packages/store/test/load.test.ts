import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Store, StoreInputError } from "../src/index.js";
import { backends, useTestDb } from "./backends.js";
import { romeArticle } from "./fixtures/rome.js";
import { secondArticle } from "./fixtures/second.js";

async function counts(store: Store, articleId: string) {
  const [entities] = await store.entitiesByArticleIds([articleId]);
  const [quotes] = await store.quotesByArticleIds([articleId]);
  const [events] = await store.eventsByArticleIds([articleId]);
  const [relations] = await store.relationsByArticleIds([articleId]);
  const mentions = await store.mentionsByEntityIds(entities!.map((e) => e.id));
  return {
    entities: entities!.length,
    quotes: quotes!.length,
    events: events!.length,
    relations: relations!.length,
    mentions: mentions.flat().filter((m) => m.articleId === articleId).length,
    allEntities: (await store.listEntities({ first: 0 })).totalCount,
  };
}

describe.each(backends)("loadArticle on $name", (backend) => {
  const db = useTestDb(backend);

  it("starts from applied migrations on an empty database", async () => {
    expect(await db().store.contentVersion()).toBe("0@-");
    expect((await db().store.listArticles({ first: 10 })).totalCount).toBe(0);
  });

  it("stores an article and rebuilds the same data file", async () => {
    const article = romeArticle();
    const result = await db().store.loadArticle(article);
    expect(result).toMatchObject({ articleId: "smoke-test-rome", changed: true });
    expect(await db().store.annotatedArticle("smoke-test-rome")).toEqual(article);
    expect(await counts(db().store, "smoke-test-rome")).toEqual({
      entities: 8,
      quotes: 2,
      events: 4,
      relations: 1,
      mentions: 11,
      allEntities: 8,
    });
  });

  it("changes nothing on a second load of the same content", async () => {
    const before = await db().store.articlesBySlugs(["smoke-test-rome"]);
    const beforeCounts = await counts(db().store, "smoke-test-rome");
    const version = await db().store.contentVersion();
    db().resetCount();
    const result = await db().store.loadArticle(romeArticle());
    expect(result.changed).toBe(false);
    // Only the hash lookup: no transaction, no writes.
    expect(db().statements).toHaveLength(1);
    expect(await db().store.articlesBySlugs(["smoke-test-rome"])).toEqual(before);
    expect(await counts(db().store, "smoke-test-rome")).toEqual(beforeCounts);
    expect(await db().store.contentVersion()).toBe(version);
  });

  it("keeps the previous version when the load fails mid-way", async () => {
    const before = await db().store.annotatedArticle("smoke-test-rome");
    const [row] = await db().store.articlesBySlugs(["smoke-test-rome"]);
    const changed = romeArticle({ title: "Talks in Rome, revised", extraRelation: true });
    await expect(
      db().store.loadArticle(changed, {
        onStep: (step) => {
          if (step === "quotes") throw new Error("injected failure after the quotes");
        },
      }),
    ).rejects.toThrow("injected failure");
    expect(await db().store.annotatedArticle("smoke-test-rome")).toEqual(before);
    expect(await db().store.articlesBySlugs(["smoke-test-rome"])).toEqual([row]);
  });

  it("replaces the facts of a changed file in one go", async () => {
    const [old] = await db().store.articlesBySlugs(["smoke-test-rome"]);
    const changed = romeArticle({ title: "Talks in Rome, revised", extraRelation: true });
    expect((await db().store.loadArticle(changed)).changed).toBe(true);
    const [row] = await db().store.articlesBySlugs(["smoke-test-rome"]);
    expect(row?.title).toBe("Talks in Rome, revised");
    expect(row?.createdAt).toEqual(old?.createdAt);
    expect(row!.updatedAt.getTime()).toBeGreaterThanOrEqual(old!.updatedAt.getTime());
    expect(row?.contentHash).not.toBe(old?.contentHash);
    expect((await counts(db().store, "smoke-test-rome")).relations).toBe(2);
    expect(await db().store.annotatedArticle("smoke-test-rome")).toEqual(changed);
  });

  it("shares entities across articles and keeps each article's mentions", async () => {
    await db().store.loadArticle(secondArticle());
    const [mentions] = await db().store.mentionsByEntityIds(["abbas-araghchi"]);
    expect(new Set(mentions!.map((m) => m.articleSlug))).toEqual(
      new Set(["smoke-test-rome", "second-talks"]),
    );
    // The second article is newer, so its mentions come first.
    expect(mentions![0]!.articleSlug).toBe("second-talks");
    const [entities] = await db().store.entitiesByArticleIds(["second-talks"]);
    expect(entities!.map((e) => e.id)).toEqual(["abbas-araghchi", "oman"]);
    // A draft does not overwrite what an editor curated.
    const [araghchi] = await db().store.entitiesByIds(["abbas-araghchi"]);
    expect(araghchi?.description).toBe("Iran's foreign minister");
    expect(araghchi?.provenance.status).toBe("CURATED");
  });

  it("drops an entity no article names any more, and keeps shared ones", async () => {
    await db().store.loadArticle(secondArticle({ withoutOman: true }));
    expect(await db().store.entitiesByIds(["oman", "abbas-araghchi"])).toMatchObject([
      null,
      { id: "abbas-araghchi" },
    ]);
    const [mentions] = await db().store.mentionsByEntityIds(["abbas-araghchi"]);
    expect(mentions!.some((m) => m.articleSlug === "smoke-test-rome")).toBe(true);
  });

  it("refuses a quote id another article owns and leaves both intact", async () => {
    const clash = secondArticle({ quoteId: "q-constructive" });
    const before = await db().store.annotatedArticle("second-talks");
    await expect(db().store.loadArticle(clash)).rejects.toThrow(/already used by article 'smoke-test-rome'/);
    expect(await db().store.annotatedArticle("second-talks")).toEqual(before);
    expect((await db().store.quotesByIds(["q-constructive"]))[0]?.articleId).toBe("smoke-test-rome");
  });

  it("refuses a slug another article owns", async () => {
    const taken = secondArticle({ slug: "smoke-test-rome" });
    await expect(db().store.loadArticle(taken)).rejects.toThrow(/slug 'smoke-test-rome' belongs to article/);
  });

  it("rejects an invalid article with what to fix", async () => {
    const broken = romeArticle();
    broken.quotes[0]!.evidence = { ...broken.quotes[0]!.evidence, text: "not in the body" };
    const error = await db()
      .store.loadArticle(broken)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreInputError);
    expect((error as Error).message).toMatch(/quotes\[0\]\.evidence/);
  });

  it("loads a content folder once (loadContentDir)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "qw-content-"));
    mkdirSync(join(dir, "articles"));
    writeFileSync(join(dir, "articles", "a.json"), JSON.stringify(romeArticle({ title: "From a file" })));
    const first = await db().store.loadContentDir(dir);
    expect(first.map((r) => [r.slug, r.changed])).toEqual([["smoke-test-rome", true]]);
    const second = await db().store.loadContentDir(dir);
    expect(second.map((r) => r.changed)).toEqual([false]);
  });
});
