import "reflect-metadata";
import {
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  specifiedRules,
  validate,
} from "graphql";
import { describe, expect, it } from "vitest";
import { getSchema } from "../schema.js";
import { aliasLimitRule } from "./aliases.rule.js";
import { operationCost } from "./complexity.js";
import { depthLimitRule } from "./depth.rule.js";
import { documentSizeRule } from "./document-size.rule.js";

async function errorsOf(query: string, rule: ReturnType<typeof depthLimitRule>) {
  return validate(await getSchema(), parse(query), [...specifiedRules, rule]).map((e) => e.message);
}

async function cost(query: string, variables: Record<string, unknown> = {}) {
  const doc = parse(query);
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return operationCost(await getSchema(), op, fragments, variables);
}

const deep = '{ article(slug: "a") { entities { quotes { speaker { quotes { speaker { name } } } } } } }';

describe("depthLimitRule", () => {
  it("accepts a query at the limit and names the limit and the depth past it", async () => {
    expect(await errorsOf(deep, depthLimitRule(7))).toEqual([]);
    const [message] = await errorsOf(deep, depthLimitRule(6));
    expect(message).toContain("7 levels deep");
    expect(message).toContain("MAX_DEPTH");
  });

  it("follows fragments and ignores introspection", async () => {
    const q =
      '{ ...F __schema { types { fields { type { ofType { ofType { name } } } } } } } fragment F on Query { article(slug: "a") { title } }';
    expect(await errorsOf(q, depthLimitRule(2))).toEqual([]);
    expect(await errorsOf(q, depthLimitRule(1))).toHaveLength(1);
  });
});

describe("aliasLimitRule", () => {
  it("counts aliases across the document", async () => {
    const q = "{ a: articles { totalCount } b: articles { totalCount } c: articles { totalCount } }";
    expect(await errorsOf(q, aliasLimitRule(3))).toEqual([]);
    expect((await errorsOf(q, aliasLimitRule(2)))[0]).toContain("3 aliases");
  });
});

describe("documentSizeRule", () => {
  it("rejects documents over the byte limit", async () => {
    const q = `{ articles { totalCount } } # ${"é".repeat(50)}`;
    expect(await errorsOf(q, documentSizeRule(200))).toEqual([]);
    expect((await errorsOf(q, documentSizeRule(100)))[0]).toContain("MAX_DOCUMENT_BYTES");
  });
});

describe("operationCost", () => {
  it("multiplies what a list selects by first, 20 by default, capped at 100", async () => {
    expect(await cost("{ articles(first: 5) { edges { node { title } } } }")).toBe(1 + 5 * 3);
    expect(await cost("{ articles { edges { node { title } } } }")).toBe(1 + 20 * 3);
    expect(await cost("{ articles(first: $n) { totalCount } }", { n: 10_000 })).toBe(1 + 100);
  });

  it("multiplies plain lists by an estimate of 10", async () => {
    expect(await cost('{ article(slug: "a") { entities { name } } }')).toBe(1 + 1 + 10);
  });
});
