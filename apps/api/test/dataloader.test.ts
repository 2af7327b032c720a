import { afterAll, describe, expect, it } from "vitest";
import { backends } from "./support/backends.js";
import { type Harness, startHarness } from "./support/harness.js";
import { FULL_ARTICLE } from "./support/queries.js";
import { seedWithMoreEntities } from "./support/variant.js";

/** Runs the full article query once and returns how many SQL statements it sent. */
async function statementsFor(h: Harness, count: { n: number }) {
  count.n = 0;
  const { errors, data } = await h.run(FULL_ARTICLE, { slug: "smoke-in-rome" });
  expect(errors).toBeUndefined();
  return { statements: count.n, entities: (data!.article as any).entities.length as number };
}

describe.each(backends)("DataLoaders on $name", (backend) => {
  const open: Harness[] = [];
  afterAll(async () => {
    for (const h of open) await h.close();
  });

  it("sends a small constant number of statements for the whole seed article, whatever the number of entities", async () => {
    const small = { n: 0 };
    const a = await startHarness(backend, { onQuery: () => small.n++ });
    open.push(a);
    const seed = await statementsFor(a, small);

    const large = { n: 0 };
    const b = await startHarness(backend, { onQuery: () => large.n++ });
    open.push(b);
    await b.store.loadArticle(seedWithMoreEntities(30));
    const more = await statementsFor(b, large);

    console.info(
      `[dataloader] ${seed.statements} SQL statements for ${seed.entities} entities, ${more.statements} for ${more.entities}`,
    );
    expect(more.entities).toBe(seed.entities + 30);
    // The content version (row cache), the article by slug, and every list with what hangs off it.
    expect(seed.statements).toBeLessThanOrEqual(3);
    expect(more.statements).toBe(seed.statements);
    // On PostgreSQL both harnesses share one database: restore the curated seed for the other tests.
    await b.store.seed();
  }, 120_000);

  it("answers a repeated query from the row cache without SQL, and reads again after a content change", async () => {
    const count = { n: 0 };
    const h = await startHarness(backend, {
      onQuery: () => count.n++,
      config: { CONTENT_VERSION_TTL_MS: "600000" },
    });
    open.push(h);
    await statementsFor(h, count);
    expect((await statementsFor(h, count)).statements).toBe(0);

    const annotated = await h.store.annotatedArticle("smoke-in-rome");
    annotated!.article.title = "Smoke in Rome, revised";
    await h.store.loadArticle(annotated!);
    await h.server.contentChanged();
    const { data } = await h.run(`{ article(slug: "smoke-in-rome") { title } }`);
    expect((data!.article as any).title).toBe("Smoke in Rome, revised");
    await h.store.seed();
  }, 120_000);
});
