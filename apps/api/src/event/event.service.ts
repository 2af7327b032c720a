import type { ParticipantRow } from "@quizwire/store";
import type { Context } from "../context.js";
import { eventNode, maybe } from "../node/to-node.js";
import { toConnection } from "../pagination/connection.js";
import { pageArgs } from "../pagination/paging.args.js";
import type { EventsArgs } from "./events.args.js";

/** Chronological, honouring each date's precision (the store's order). */
export async function listEvents(ctx: Context, args: EventsArgs) {
  const page = await ctx.store.listEvents({
    ...pageArgs(args),
    articleSlug: args.articleSlug,
  });
  return toConnection(page, eventNode);
}

export const eventByKey = async (ctx: Context, key: string | null) =>
  key ? maybe(eventNode)(await ctx.loaders.eventById.load(key)) : null;

export const participantsOf = (ctx: Context, eventKey: string): Promise<ParticipantRow[]> =>
  ctx.loaders.participantsByEvent.load(eventKey);
