import { beforeAll, describe, expect, it } from "vitest";
import { StoreInputError } from "../src/index.js";
import { backends, useTestDb } from "./backends.js";
import { rankingArticle } from "./fixtures/ranking.js";
import { romeArticle } from "./fixtures/rome.js";
import { secondArticle } from "./fixtures/second.js";

describe.each(backends)("search on $name", (backend) => {
  const db = useTestDb(backend);
  beforeAll(async () => {
    await db().store.loadArticle(romeArticle());
    await db().store.loadArticle(secondArticle());
  });
  const entities = async (query: string, first = 10) =>
    (await db().store.search(query, first)).entities.map((m) => [m.entity.id, m.match]);

  it("ignores case and accents: araghchi, ARAGHCHÍ, Araghchí", async () => {
    for (const query of ["araghchi", "ARAGHCHÍ", "Araghchí", "  araghchi!  "]) {
      expect(await entities(query)).toEqual([["abbas-araghchi", "PREFIX"]]);
    }
    expect(await entities("jose martinez")).toEqual([["jose-martinez", "EXACT"]]);
  });

  it("ranks exact name > prefix > alias > substring", async () => {
    // "us" is only an alias of the United States; "uter" is inside "Reuters".
    expect(await entities("us")).toEqual([["united-states", "ALIAS"]]);
    expect(await entities("uter")).toEqual([["reuters", "SUBSTRING"]]);
    expect(await entities("rome")).toEqual([["rome", "EXACT"]]);
    // "ran": a substring of Iran only.
    expect(await entities("ran")).toEqual([["iran", "SUBSTRING"]]);
    // "i": Iran starts with it (PREFIX); JCPOA, José Martínez, Abbas Araghchí, Steve Witkoff, United States contain it.
    const ranked = await entities("i");
    expect(ranked[0]).toEqual(["iran", "PREFIX"]);
    expect(ranked.slice(1).every(([, match]) => match === "SUBSTRING")).toBe(true);
  });

  it("orders all four kinds of match in one result", async () => {
    await db().store.loadArticle(rankingArticle());
    expect(await entities("BAS")).toEqual([
      ["bas", "EXACT"],
      ["basra", "PREFIX"],
      ["iranian-militia", "ALIAS"],
      ["abbas-araghchi", "SUBSTRING"],
    ]);
  });

  it("an exact name beats a name that only starts with the query", async () => {
    await db().store.loadArticle(romeArticle());
    const ranked = await entities("witkoff");
    expect(ranked).toEqual([["steve-witkoff", "PREFIX"]]);
    expect(await entities("steve witkoff")).toEqual([["steve-witkoff", "EXACT"]]);
  });

  it("finds quotes by their words and events by title or summary", async () => {
    const result = await db().store.search("CONSTRUCTIVE", 10);
    expect(result.quotes.map((q) => q.id)).toEqual(["q-constructive"]);
    expect((await db().store.search("nuclear deal", 10)).events.map((e) => e.id)).toEqual(["ev-withdrawal"]);
    expect((await db().store.search("jcpoa", 10)).events.map((e) => e.id)).toEqual(["ev-withdrawal"]);
    expect((await db().store.search("next round", 10)).quotes.map((q) => q.id)).toEqual([
      "q-oman-host",
      "q-next-round",
    ]);
  });

  it("keeps at most `first` of each kind", async () => {
    const result = await db().store.search("a", 2);
    expect(result.entities).toHaveLength(2);
    expect(result.events.length).toBeLessThanOrEqual(2);
  });

  it("refuses a query with no letters or digits", async () => {
    await expect(db().store.search(" ?! ", 5)).rejects.toThrow(StoreInputError);
  });
});
