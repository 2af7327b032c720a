import type { EntityKind } from "@quizwire/content";
import type { MentionRow, RoleRow } from "@quizwire/store";
import type { Context } from "../context.js";
import { notFound } from "../errors.js";
import { localIdOf } from "../node/global-id.js";
import { type EntityValue, entityNode, eventNode, maybe, quoteNode } from "../node/to-node.js";
import { toConnection } from "../pagination/connection.js";
import { pageArgs } from "../pagination/paging.args.js";

/** Accepts a global id or the plain key ("mike-waltz"). */
export async function entityById(ctx: Context, id: string): Promise<EntityValue> {
  const row = await ctx.loaders.entityById.load(localIdOf("Entity", id));
  if (!row) {
    throw notFound(
      `No entity has the id "${id}"; find one with \`entities(search: "…")\` or \`search(query: "…")\`.`,
    );
  }
  return entityNode(row);
}

export const entityByKey = async (ctx: Context, key: string | null) =>
  key ? maybe(entityNode)(await ctx.loaders.entityById.load(key)) : null;

export async function listEntities(
  ctx: Context,
  args: { kind?: EntityKind | null; search?: string | null; first?: number | null; after?: string | null },
) {
  const page = await ctx.store.listEntities({
    ...pageArgs(args),
    kind: args.kind,
    search: args.search,
  });
  return toConnection(page, entityNode);
}

export const rolesOf = (ctx: Context, entity: EntityValue): Promise<RoleRow[]> =>
  ctx.loaders.rolesByEntity.load(entity.key);

export const mentionsOf = (ctx: Context, entity: EntityValue): Promise<MentionRow[]> =>
  ctx.loaders.mentionsByEntity.load(entity.key);

export const quotesBy = async (ctx: Context, entity: EntityValue) =>
  (await ctx.loaders.quotesBySpeaker.load(entity.key)).map(quoteNode);

export const eventsWith = async (ctx: Context, entity: EntityValue) =>
  (await ctx.loaders.eventsByEntity.load(entity.key)).map(eventNode);
