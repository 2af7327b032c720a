import type { Context } from "../context.js";
import { badInput } from "../errors.js";
import { entityNode, eventNode, quoteNode } from "../node/to-node.js";
import { pageSizeOf } from "../pagination/paging.args.js";
import { EntityMatch, SearchKind, type SearchResult } from "./search-result.type.js";

const ENTITY_SCORE: Record<EntityMatch, number> = { EXACT: 1, PREFIX: 0.8, ALIAS: 0.7, SUBSTRING: 0.5 };
const QUOTE_SCORE = 0.4;
const EVENT_SCORE = 0.35;

/** Entities (by how well the name or an alias matches), then quotes, then events; at most `first`. */
export async function search(
  ctx: Context,
  query: string,
  first: number | null | undefined,
): Promise<SearchResult[]> {
  const size = pageSizeOf(first);
  if (query.trim().length === 0) throw badInput("search needs some words in query (it is empty).");
  const found = await ctx.store.search(query, size);
  const results: SearchResult[] = [
    ...found.entities.map(({ entity, match }) => ({
      score: ENTITY_SCORE[match],
      kind: SearchKind.ENTITY,
      match: EntityMatch[match],
      node: entityNode(entity),
    })),
    ...found.quotes.map((q) => ({
      score: QUOTE_SCORE,
      kind: SearchKind.QUOTE,
      match: null,
      node: quoteNode(q),
    })),
    ...found.events.map((e) => ({
      score: EVENT_SCORE,
      kind: SearchKind.EVENT,
      match: null,
      node: eventNode(e),
    })),
  ];
  // Array.sort is stable: within a score the store's order (its own ranking) is kept.
  return results.sort((a, b) => b.score - a.score).slice(0, size);
}
