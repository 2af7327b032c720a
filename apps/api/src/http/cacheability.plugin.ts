import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type SelectionSetNode } from "graphql";
import type { Context } from "../context.js";

/** Root fields that read published content only: their answers are the same for everyone. */
const PUBLIC_ROOT_FIELDS = new Set([
  "articles",
  "article",
  "entities",
  "entity",
  "quotes",
  "events",
  "node",
  "search",
  // A stored quiz never changes and shows no answers.
  "quiz",
  "__typename",
  "__schema",
  "__type",
]);

function onlyPublic(set: SelectionSetNode): boolean {
  return set.selections.every((sel) =>
    sel.kind === Kind.FIELD
      ? PUBLIC_ROOT_FIELDS.has(sel.name.value)
      : sel.kind === Kind.INLINE_FRAGMENT && onlyPublic(sel.selectionSet),
  );
}

/** Marks a request cacheable when it is a query of public content that ran without errors. */
export function cacheabilityPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, contextValue, response, errors }) {
          const body = response.body;
          contextValue.response.cacheable =
            operation?.operation === "query" &&
            onlyPublic(operation.selectionSet) &&
            !errors?.length &&
            body.kind === "single" &&
            !body.singleResult.errors?.length;
        },
      };
    },
  };
}
