import {
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";

/** Page size assumed for a list field whose `first` argument is absent. */
export const DEFAULT_PAGE = 20;
/** Largest `first` accepted anywhere (larger values are rejected by the resolvers). */
export const MAX_PAGE = 100;
/** Estimated length of a plain (unpaginated, bounded) list such as `Article.entities`. */
export const PLAIN_LIST_ESTIMATE = 10;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/**
 * Estimated cost of an operation: every field costs 1, and the cost of what is selected under a list
 * is multiplied by its `first` argument (default 20, capped at 100) or by 10 for a plain list.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  return costOf({ schema, fragments, variables }, operation.selectionSet, root.name, new Set());
}

function costOf(w: Walk, set: SelectionSetNode, typeName: string, seen: Set<string>): number {
  const parent = w.schema.getType(typeName);
  let total = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.INLINE_FRAGMENT) {
      total += costOf(w, sel.selectionSet, sel.typeCondition?.name.value ?? typeName, seen);
    } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = w.fragments.get(sel.name.value);
      if (fragment && !seen.has(fragment.name.value)) {
        const next = new Set([...seen, fragment.name.value]);
        total += costOf(w, fragment.selectionSet, fragment.typeCondition.name.value, next);
      }
    } else if (!sel.name.value.startsWith("__")) {
      const field =
        parent && (isObjectType(parent) || isInterfaceType(parent))
          ? parent.getFields()[sel.name.value]
          : undefined;
      let children = 0;
      if (field && sel.selectionSet && isCompositeType(getNamedType(field.type))) {
        children = costOf(w, sel.selectionSet, getNamedType(field.type).name, seen);
      }
      const firstArg = sel.arguments?.find((a) => a.name.value === "first");
      const hasFirst = field?.args.some((a) => a.name === "first") ?? false;
      let multiplier = 1;
      if (hasFirst) multiplier = Math.min(MAX_PAGE, Math.max(0, pageSize(firstArg?.value, w.variables)));
      // A connection's `edges` are already counted by its `first`.
      else if (field && sel.name.value !== "edges" && isListType(getNullableType(field.type))) {
        multiplier = PLAIN_LIST_ESTIMATE;
      }
      total += 1 + multiplier * children;
    }
  }
  return total;
}

function pageSize(value: ValueNode | undefined, variables: Record<string, unknown>): number {
  if (!value) return DEFAULT_PAGE;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === "number" ? v : DEFAULT_PAGE;
  }
  return DEFAULT_PAGE;
}

export function tooComplex(cost: number, max: number): GraphQLError {
  return new GraphQLError(
    `The query's estimated cost is ${cost}; the limit (MAX_COMPLEXITY) is ${max}. Ask for fewer fields or smaller pages (first).`,
    {
      extensions: {
        code: "GRAPHQL_VALIDATION_FAILED",
        limit: "MAX_COMPLEXITY",
        value: cost,
        max,
        http: { status: 400 },
      },
    },
  );
}
