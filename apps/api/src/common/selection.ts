import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from "graphql";

/**
 * Whether the field being resolved selects the sub-field path `names` (through inline fragments and
 * fragment spreads). Directives are not evaluated: a field under `@skip`/`@include` counts as
 * selected, which only means its rows are fetched with the rest.
 */
export function selects(info: GraphQLResolveInfo, ...names: string[]): boolean {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of names) {
    nodes = nodes.flatMap((node) =>
      node.selectionSet ? fieldsNamed(node.selectionSet, name, info.fragments) : [],
    );
    if (nodes.length === 0) return false;
  }
  return true;
}

function fieldsNamed(
  set: SelectionSetNode,
  name: string,
  fragments: Record<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): FieldNode[] {
  const found: FieldNode[] = [];
  for (const selection of set.selections) {
    if (selection.kind === "Field") {
      if (selection.name.value === name) found.push(selection);
    } else if (selection.kind === "InlineFragment") {
      found.push(...fieldsNamed(selection.selectionSet, name, fragments, seen));
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments[selection.name.value];
      if (fragment) found.push(...fieldsNamed(fragment.selectionSet, name, fragments, seen));
    }
  }
  return found;
}
