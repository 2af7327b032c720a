import { badInput } from "../errors.js";

/** GraphQL types that carry a global id. */
export const NODE_TYPES = ["Article", "Entity", "Quote", "Event", "Relation", "Quiz"] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** The global id of a node: base64 of "Type:id". */
export function toGlobalId(type: NodeType, id: string): string {
  return Buffer.from(`${type}:${id}`, "utf8").toString("base64");
}

/** Splits a global id, or throws BAD_USER_INPUT saying what a valid one looks like. */
export function fromGlobalId(globalId: string): { type: NodeType; id: string } {
  const decoded = Buffer.from(globalId, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const type = decoded.slice(0, colon) as NodeType;
  const id = decoded.slice(colon + 1);
  if (colon < 1 || !id || !NODE_TYPES.includes(type) || toGlobalId(type, id) !== globalId) {
    throw badInput(
      `"${globalId}" is not a global id; use the \`id\` field of an Article, Entity, Quote, Event, Relation or Quiz.`,
    );
  }
  return { type, id };
}

/**
 * Accepts either a global id of `type` or the plain id used in data files ("mike-waltz"), so that
 * `entity(id:)` works with both.
 */
export function localIdOf(type: NodeType, idOrGlobal: string): string {
  const decoded = Buffer.from(idOrGlobal, "base64").toString("utf8");
  if (decoded.startsWith(`${type}:`) && toGlobalId(type, decoded.slice(type.length + 1)) === idOrGlobal) {
    return decoded.slice(type.length + 1);
  }
  return idOrGlobal;
}
