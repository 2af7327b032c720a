import type { Context } from "../context.js";
import { notFound } from "../errors.js";
import { quizById } from "../quiz/quiz.service.js";
import { fromGlobalId } from "./global-id.js";
import { articleNode, entityNode, eventNode, maybe, quoteNode, relationNode } from "./to-node.js";

/** Resolves a global id to its node; NOT_FOUND when the id is well-formed but nothing has it. */
export async function nodeById(ctx: Context, globalId: string): Promise<object> {
  const { type, id } = fromGlobalId(globalId);
  const { loaders } = ctx;
  let node: object | null = null;
  if (type === "Article") node = maybe(articleNode)(await loaders.articleById.load(id));
  else if (type === "Entity") node = maybe(entityNode)(await loaders.entityById.load(id));
  else if (type === "Quote") node = maybe(quoteNode)(await loaders.quoteById.load(id));
  else if (type === "Event") node = maybe(eventNode)(await loaders.eventById.load(id));
  else if (type === "Relation") node = maybe(relationNode)(await loaders.relationById.load(id));
  else if (type === "Quiz") node = await quizById(ctx, globalId);
  if (!node)
    throw notFound(`Nothing has the id "${globalId}" (a ${type} "${id}"); it may have been removed.`);
  return node;
}
