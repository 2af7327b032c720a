import { type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, Kind, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { selects } from "./selection.js";

/** The resolve info of the field at `path` in `query`, as far as `selects` reads it. */
function infoAt(query: string, ...path: string[]): GraphQLResolveInfo {
  const document = parse(query);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  let node = { selectionSet: operation!.selectionSet } as FieldNode;
  for (const name of path) {
    node = node.selectionSet!.selections.find(
      (s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === name,
    )!;
  }
  return { fieldNodes: [node], fragments } as unknown as GraphQLResolveInfo;
}

describe("selects", () => {
  it("sees direct sub-fields and paths, not absent ones", () => {
    const info = infoAt(
      '{ article(slug: "a") { events { title participants { role entity { id } } } } }',
      "article",
      "events",
    );
    expect(selects(info, "participants")).toBe(true);
    expect(selects(info, "participants", "entity")).toBe(true);
    expect(selects(info, "location")).toBe(false);
    expect(selects(info, "participants", "location")).toBe(false);
  });

  it("looks through inline fragments and fragment spreads, even nested and repeated", () => {
    const query = `
      query { article(slug: "a") { entities { ...Person ... on Entity { mentions { start } } ...Person } } }
      fragment Person on Entity { name ...Roles }
      fragment Roles on Entity { roles { title } }`;
    const info = infoAt(query, "article", "entities");
    expect(selects(info, "roles")).toBe(true);
    expect(selects(info, "mentions")).toBe(true);
    expect(selects(info, "quotes")).toBe(false);
  });

  it("counts an aliased field by its name", () => {
    const info = infoAt('{ article(slug: "a") { quotes { who: speaker { id } } } }', "article", "quotes");
    expect(selects(info, "speaker")).toBe(true);
    expect(selects(info, "who")).toBe(false);
  });
});
