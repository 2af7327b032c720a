import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "./support/backends.js";
import { type Harness, startHarness } from "./support/harness.js";

describe.each(backends)("errors and limits on $name", (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(backend, {
      config: { MAX_DEPTH: "6", MAX_ALIASES: "3", MAX_COMPLEXITY: "500", MAX_DOCUMENT_BYTES: "600" },
    });
  });
  afterAll(() => h?.close());

  it("rejects a query nested past MAX_DEPTH", async () => {
    const { errors } = await h.run(
      `{ article(slug: "smoke-in-rome") { entities { quotes { speaker { quotes { speaker { name } } } } } } }`,
    );
    expect(errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(errors?.[0]?.message).toMatch(/7 levels deep.*MAX_DEPTH.*6/);
  });

  it("rejects more aliases than MAX_ALIASES", async () => {
    const { errors } = await h.run(
      `{ a: articles { totalCount } b: articles { totalCount } c: articles { totalCount } d: articles { totalCount } }`,
    );
    expect(errors?.[0]?.message).toMatch(/4 aliases.*MAX_ALIASES.*3/);
  });

  it("rejects a query whose estimated cost passes MAX_COMPLEXITY, counting first from variables", async () => {
    const q = `query($n: Int) { entities(first: $n) { edges { node { mentions { start end text } } } } }`;
    expect((await h.run(q, { n: 5 })).errors).toBeUndefined();
    const { errors } = await h.run(q, { n: 100 });
    expect(errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(errors?.[0]?.message).toMatch(/estimated cost is \d+.*MAX_COMPLEXITY.*500/);
  });

  it("rejects a document longer than MAX_DOCUMENT_BYTES", async () => {
    const { errors } = await h.run(`{ articles { totalCount } } # ${"x".repeat(700)}`);
    expect(errors?.[0]?.message).toMatch(/bytes.*MAX_DOCUMENT_BYTES.*600/);
  });

  it("masks unexpected errors: no stack, no SQL, a sentence and INTERNAL_SERVER_ERROR", async () => {
    const broken = await startHarness(backend);
    await broken.store.close();
    const { errors } = await broken.run(`{ article(slug: "smoke-in-rome") { title } }`);
    await broken.server.stop();
    expect(errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(errors?.[0]?.message).toMatch(/Something went wrong on our side/);
    expect(JSON.stringify(errors)).not.toMatch(/select|stack|at .*\.ts/i);
  });

  it("turns introspection off when INTROSPECTION=false", async () => {
    const closed = await startHarness(backend, { config: { INTROSPECTION: "false" } });
    const { errors } = await closed.run("{ __schema { queryType { name } } }");
    await closed.close();
    expect(errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect((await h.run("{ __schema { queryType { name } } }")).errors).toBeUndefined();
  });
});
