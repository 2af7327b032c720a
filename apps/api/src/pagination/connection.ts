import type { Page } from "@quizwire/store";
import type { ConnectionValue } from "./connection.type.js";

/** Turns a store page into a Relay connection, mapping each row to its GraphQL node. */
export function toConnection<R, N>(page: Page<R>, toNode: (row: R) => N): ConnectionValue<N> {
  const edges = page.rows.map((row, i) => ({ cursor: page.cursors[i]!, node: toNode(row) }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
