import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "./support/backends.js";
import { type Harness, startHarness } from "./support/harness.js";

const PAGE = `query($first: Int, $after: String, $kind: EntityKind) {
  entities(first: $first, after: $after, kind: $kind) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { key } }
  }
}`;

describe.each(backends)("connections on $name", (backend) => {
  let h: Harness;
  const page = async (variables: Record<string, unknown>) => {
    const r = await h.run(PAGE, variables);
    return { ...r, c: (r.data ? r.data.entities : null) as any };
  };
  beforeAll(async () => {
    h = await startHarness(backend);
  });
  afterAll(() => h?.close());

  it("defaults to 20 items and walks every item exactly once with first/after", async () => {
    const { c } = await page({});
    expect(c.edges).toHaveLength(20);
    expect(c.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { c: p } = await page({ first: 7, after });
      seen.push(...p.edges.map((e: any) => e.node.key));
      pages += 1;
      expect(p.totalCount).toBe(c.totalCount);
      if (after) expect(p.pageInfo.hasPreviousPage).toBe(true);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(c.totalCount);
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages).toBe(Math.ceil(c.totalCount / 7));
  });

  it("returns an empty last page after the last cursor", async () => {
    const { c: all } = await page({ first: 100 });
    const { c } = await page({ first: 5, after: all.pageInfo.endCursor });
    expect(c.edges).toEqual([]);
    expect(c.pageInfo).toMatchObject({ hasNextPage: false, startCursor: null, endCursor: null });
    expect(c.totalCount).toBe(all.totalCount);
  });

  it("answers first: 0 with no edges but the right counts", async () => {
    const { c, errors } = await page({ first: 0 });
    expect(errors).toBeUndefined();
    expect(c.edges).toEqual([]);
    expect(c.totalCount).toBeGreaterThan(0);
    expect(c.pageInfo).toMatchObject({ hasNextPage: true, startCursor: null, endCursor: null });
  });

  it.each([-1, 101, 10_000])("rejects first: %i with BAD_USER_INPUT and the bounds", async (first) => {
    const { errors, data } = await page({ first });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.message).toContain("between 0 and 100");
  });

  it.each(["garbage", "", "eyJ4IjoxfQ=="])("rejects the cursor %j with BAD_USER_INPUT", async (after) => {
    const { errors } = await page({ first: 3, after });
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.message.length).toBeGreaterThan(10);
  });

  it("filters by kind and counts the filtered list", async () => {
    const { c } = await page({ kind: "CITY", first: 100 });
    expect(c.totalCount).toBe(c.edges.length);
    expect(c.edges.map((e: any) => e.node.key)).toEqual(expect.arrayContaining(["rome", "tehran", "muscat"]));
  });

  it("rejects an unknown kind with a validation error naming the enum", async () => {
    const { errors } = await page({ kind: "PLANET" });
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.message).toContain("EntityKind");
  });

  it("pages articles, quotes and events the same way", async () => {
    for (const field of ["articles", "quotes", "events"]) {
      const r = await h.run(
        `{ ${field}(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }`,
      );
      const c = r.data![field] as any;
      expect(c.edges).toHaveLength(1);
      expect(c.pageInfo.endCursor).toBe(c.edges[0].cursor);
      expect(c.pageInfo.hasNextPage).toBe(c.totalCount > 1);
    }
  });
});
