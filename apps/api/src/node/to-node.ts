import type { ArticleRow, EntityRow, EventRow, QuoteRow, RelationRow } from "@quizwire/store";
import { type NodeType, toGlobalId } from "./global-id.js";

/** A row as a GraphQL node: `id` becomes the global id, the row's own id is kept as `key`. */
export type NodeValue<R extends { id: string }, T extends NodeType> = Omit<R, "id"> & {
  id: string;
  key: string;
  __typename: T;
};

/**
 * Rows served from the row cache are the same objects from request to request, so each row's node
 * is made once and remembered for as long as the row lives.
 */
function nodeOf<T extends NodeType>(type: T) {
  const made = new WeakMap<object, unknown>();
  return <R extends { id: string }>(row: R): NodeValue<R, T> => {
    let node = made.get(row) as NodeValue<R, T> | undefined;
    if (!node) {
      node = { ...row, __typename: type, key: row.id, id: toGlobalId(type, row.id) };
      made.set(row, node);
    }
    return node;
  };
}

export const articleNode = nodeOf("Article") as (row: ArticleRow) => ArticleValue;
export const entityNode = nodeOf("Entity") as (row: EntityRow) => EntityValue;
export const quoteNode = nodeOf("Quote") as (row: QuoteRow) => QuoteValue;
export const eventNode = nodeOf("Event") as (row: EventRow) => EventValue;
export const relationNode = nodeOf("Relation") as (row: RelationRow) => RelationValue;

export type ArticleValue = NodeValue<ArticleRow, "Article">;
export type EntityValue = NodeValue<EntityRow, "Entity">;
export type QuoteValue = NodeValue<QuoteRow, "Quote">;
export type EventValue = NodeValue<EventRow, "Event">;
export type RelationValue = NodeValue<RelationRow, "Relation">;

/** Maps nullable rows, keeping nulls. */
export const maybe =
  <R, V>(fn: (row: R) => V) =>
  (row: R | null | undefined): V | null =>
    row ? fn(row) : null;
