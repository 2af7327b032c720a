import { beforeAll, describe, expect, it } from "vitest";
import type { FactsKey, FactsPart } from "../src/index.js";
import { backends, useTestDb } from "./backends.js";
import { secondArticle } from "./fixtures/second.js";

const SECOND = "second-talks";
const SEED = "smoke-in-rome";

const everything: FactsPart[] = [
  { list: "entities", roles: true, mentions: true },
  { list: "entities", kind: "PERSON", roles: true },
  { list: "entities", kind: "CITY" },
  { list: "quotes" },
  { list: "events", participants: true },
  { list: "events" },
  { list: "relations" },
];

describe.each(backends)("articleFacts on $name", (backend) => {
  const db = useTestDb(backend);
  beforeAll(async () => {
    // The seed and the second fixture share entities (Rome, …): roles and mentions span articles.
    await db().store.seed();
    await db().store.loadArticle(secondArticle());
  });

  it("sends one statement for many articles and parts, results in key order", async () => {
    const keys: FactsKey[] = [SEED, SECOND, "no-such-article"].flatMap((articleId) =>
      everything.map((part) => ({ articleId, part })),
    );
    db().resetCount();
    const facts = await db().store.articleFacts([...keys, keys[0]!]);
    expect(db().statements).toHaveLength(1);
    expect(facts).toHaveLength(keys.length + 1);
    facts.forEach((f, i) => {
      expect(f.part.list).toBe(keys[i % keys.length]!.part.list);
    });
    expect(facts.at(-1)).toEqual(facts[0]);
    const unknown = facts.slice(2 * everything.length, 3 * everything.length);
    expect(unknown.every((f) => f.rows.length === 0)).toBe(true);
  });

  it("returns nothing, without a statement, for no keys", async () => {
    db().resetCount();
    expect(await db().store.articleFacts([])).toEqual([]);
    expect(db().statements).toHaveLength(0);
  });

  // The API primes its per-key loaders with these rows, so they must be exactly the lookups' rows.
  it.each([SEED, SECOND])("gives %s the rows of the per-list lookups, in their order", async (articleId) => {
    const s = db().store;
    const facts = await s.articleFacts(everything.map((part) => ({ articleId, part })));
    const [entities, people, places, quotes, events, bareEvents, relations] = facts;

    const allEntities = (await s.entitiesByArticleIds([articleId]))[0]!;
    expect(entities!.rows).toEqual(allEntities);
    expect(allEntities.length).toBeGreaterThan(0);
    const ids = allEntities.map((e) => e.id);
    expect([...entities!.roles!.values()]).toEqual(await s.rolesByEntityIds(ids));
    expect([...entities!.roles!.keys()]).toEqual(ids);
    expect([...entities!.mentions!.values()]).toEqual(await s.mentionsByEntityIds(ids));
    expect(entities!.participants).toBeNull();

    expect(people!.rows).toEqual((await s.entitiesByArticleIds([articleId], { kind: "PERSON" }))[0]);
    expect(people!.mentions).toBeNull();
    expect(places!.rows).toEqual((await s.entitiesByArticleIds([articleId], { kind: "CITY" }))[0]);
    expect(places!.roles).toBeNull();

    expect(quotes!.rows).toEqual((await s.quotesByArticleIds([articleId]))[0]);

    const eventRows = (await s.eventsByArticleIds([articleId]))[0]!;
    expect(events!.rows).toEqual(eventRows);
    expect(bareEvents!.rows).toEqual(eventRows);
    expect(bareEvents!.participants).toBeNull();
    const eventIds = eventRows.map((e) => e.id);
    expect([...events!.participants!.keys()]).toEqual(eventIds);
    expect([...events!.participants!.values()]).toEqual(await s.participantsByEventIds(eventIds));

    expect(relations!.rows).toEqual((await s.relationsByArticleIds([articleId]))[0]);
  });
});
