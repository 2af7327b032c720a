import type { ApolloServerPlugin } from "@apollo/server";
import { type FragmentDefinitionNode, Kind } from "graphql";
import { operationCost, tooComplex } from "./complexity.js";

/** Rejects operations whose estimated cost (with the request's variables) exceeds `maxComplexity`. */
export function complexityPlugin(maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const def of document.definitions) {
            if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
          }
          const cost = operationCost(schema, operation, fragments, request.variables ?? {});
          if (cost > maxComplexity) throw tooComplex(cost, maxComplexity);
        },
      };
    },
  };
}
