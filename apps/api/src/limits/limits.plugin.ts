import type { ApolloServerPlugin } from "@apollo/server";
import { type DocumentNode, type FragmentDefinitionNode, Kind } from "graphql";
import { operationCost, tooComplex } from "./complexity.js";

/** Costs already computed, per parsed document (Apollo reuses it for the same query text) and variables. */
const costs = new WeakMap<DocumentNode, Map<string, number>>();

/** Rejects operations whose estimated cost (with the request's variables) exceeds `maxComplexity`. */
export function complexityPlugin(maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          let known = costs.get(document);
          if (!known) {
            known = new Map();
            costs.set(document, known);
          }
          const key = `${operation.name?.value ?? ""} ${JSON.stringify(request.variables ?? {})}`;
          let cost = known.get(key);
          if (cost === undefined) {
            const fragments = new Map<string, FragmentDefinitionNode>();
            for (const def of document.definitions) {
              if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
            }
            cost = operationCost(schema, operation, fragments, request.variables ?? {});
            if (known.size < 100) known.set(key, cost);
          }
          if (cost > maxComplexity) throw tooComplex(cost, maxComplexity);
        },
      };
    },
  };
}
