import { beforeAll, describe, expect, it } from "vitest";
import { type Page, StoreInputError } from "../src/index.js";
import { backends, useTestDb } from "./backends.js";
import { romeArticle } from "./fixtures/rome.js";
import { secondArticle } from "./fixtures/second.js";

/** Walks a list page by page and returns every id, checking the page flags on the way. */
async function walk<T extends { id: string }>(
  list: (after: string | null) => Promise<Page<T>>,
): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const page: Page<T> = await list(after);
    expect(page.hasPreviousPage).toBe(after !== null);
    ids.push(...page.rows.map((r) => r.id));
    if (!page.hasNextPage) return ids;
    after = page.cursors.at(-1)!;
  }
  throw new Error("the list never ended");
}

describe.each(backends)("connections on $name", (backend) => {
  const db = useTestDb(backend);
  beforeAll(async () => {
    await db().store.loadArticle(romeArticle());
    await db().store.loadArticle(secondArticle());
  });

  it("listArticles: newest first, with counts", async () => {
    const page = await db().store.listArticles({ first: 10 });
    expect(page.rows.map((a) => a.slug)).toEqual(["second-talks", "smoke-test-rome"]);
    expect(page).toMatchObject({ hasNextPage: false, hasPreviousPage: false, totalCount: 2 });
    expect(page.cursors).toHaveLength(2);
  });

  it("pages of one walk the whole list in order, both ends flagged", async () => {
    const all = (await db().store.listEntities({ first: 100 })).rows.map((e) => e.id);
    expect(all).toHaveLength(9);
    expect(await walk((after) => db().store.listEntities({ first: 1, after }))).toEqual(all);
    expect(await walk((after) => db().store.listEntities({ first: 4, after }))).toEqual(all);
    const events = (await db().store.listEvents({ first: 100 })).rows.map((e) => e.id);
    expect(await walk((after) => db().store.listEvents({ first: 1, after }))).toEqual(events);
    const quotes = (await db().store.listQuotes({ first: 100 })).rows.map((q) => q.id);
    expect(quotes).toEqual(["q-oman-host", "q-constructive", "q-next-round"]);
    expect(await walk((after) => db().store.listQuotes({ first: 1, after }))).toEqual(quotes);
  });

  it("first: 0 returns no rows but the counts and whether rows follow", async () => {
    const page = await db().store.listEntities({ first: 0 });
    expect(page).toEqual({ rows: [], cursors: [], hasNextPage: true, hasPreviousPage: false, totalCount: 9 });
  });

  it("after the last row: an empty page with a previous page", async () => {
    const full = await db().store.listArticles({ first: 2 });
    const past = await db().store.listArticles({ first: 5, after: full.cursors[1] });
    expect(past).toEqual({ rows: [], cursors: [], hasNextPage: false, hasPreviousPage: true, totalCount: 2 });
  });

  it("rejects a negative or fractional first and a foreign or garbled cursor", async () => {
    await expect(db().store.listArticles({ first: -1 })).rejects.toThrow(StoreInputError);
    await expect(db().store.listArticles({ first: 1.5 })).rejects.toThrow(/whole number/);
    const entityCursor = (await db().store.listEntities({ first: 1 })).cursors[0];
    await expect(db().store.listArticles({ first: 1, after: entityCursor })).rejects.toThrow(
      /not given out by the articles list/,
    );
    await expect(db().store.listEvents({ first: 1, after: "%%%not-a-cursor" })).rejects.toThrow(
      StoreInputError,
    );
    await expect(
      db().store.listQuotes({ first: 1, after: Buffer.from('["quotes",1]').toString("base64url") }),
    ).rejects.toThrow(StoreInputError);
  });

  it("listEntities filters by kind and by accent-free search, and sorts by name", async () => {
    const people = await db().store.listEntities({ first: 10, kind: "PERSON" });
    expect(people.rows.map((e) => e.id)).toEqual(["abbas-araghchi", "jose-martinez", "steve-witkoff"]);
    expect(people.totalCount).toBe(3);
    const martinez = await db().store.listEntities({ first: 10, search: "MARTINEZ" });
    expect(martinez.rows.map((e) => e.id)).toEqual(["jose-martinez"]);
    const byAlias = await db().store.listEntities({ first: 10, search: "us", kind: "COUNTRY" });
    expect(byAlias.rows.map((e) => e.id)).toEqual(["united-states"]);
    // The cursor of a filtered list continues the filtered list.
    const first = await db().store.listEntities({ first: 1, kind: "PERSON" });
    const next = await db().store.listEntities({ first: 5, kind: "PERSON", after: first.cursors[0] });
    expect(next.rows.map((e) => e.id)).toEqual(["jose-martinez", "steve-witkoff"]);
    expect(next).toMatchObject({ hasPreviousPage: true, hasNextPage: false, totalCount: 3 });
  });

  it("listQuotes filters by speaker and by article", async () => {
    const bySpeaker = await db().store.listQuotes({ first: 10, speakerId: "abbas-araghchi" });
    expect(bySpeaker.rows.map((q) => q.id)).toEqual(["q-oman-host", "q-constructive"]);
    const byArticle = await db().store.listQuotes({ first: 10, articleSlug: "smoke-test-rome" });
    expect(byArticle.rows.map((q) => q.id)).toEqual(["q-constructive", "q-next-round"]);
    expect(byArticle.totalCount).toBe(2);
    const both = await db().store.listQuotes({
      first: 10,
      articleSlug: "second-talks",
      speakerId: "steve-witkoff",
    });
    expect(both.totalCount).toBe(0);
  });

  it("listEvents is chronological and filters by article", async () => {
    const page = await db().store.listEvents({ first: 10, articleSlug: "smoke-test-rome" });
    expect(page.rows.map((e) => e.id)).toEqual([
      "ev-withdrawal",
      "ev-report",
      "ev-rome-meeting",
      "ev-next-round",
    ]);
    expect((await db().store.listEvents({ first: 10, articleSlug: "second-talks" })).totalCount).toBe(0);
    expect((await db().store.listEvents({ first: 10, articleSlug: "no-such-article" })).rows).toEqual([]);
  });
});
