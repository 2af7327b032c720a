import type { Context } from "../context.js";
import { localIdOf } from "../node/global-id.js";
import { quoteNode } from "../node/to-node.js";
import { toConnection } from "../pagination/connection.js";
import { pageArgs } from "../pagination/paging.args.js";
import type { QuotesArgs } from "./quotes.args.js";

export async function listQuotes(ctx: Context, args: QuotesArgs) {
  const page = await ctx.store.listQuotes({
    ...pageArgs(args),
    speakerId: args.speakerId ? localIdOf("Entity", args.speakerId) : null,
    articleSlug: args.articleSlug,
  });
  return toConnection(page, quoteNode);
}
