import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { articleById } from "../article/article.service.js";
import { Article } from "../article/article.type.js";
import type { Context } from "../context.js";
import { entityByKey } from "../entity/entity.service.js";
import { Entity } from "../entity/entity.type.js";
import { eventByKey } from "../event/event.service.js";
import { Event } from "../event/event.type.js";
import type { QuoteValue } from "../node/to-node.js";
import { listQuotes } from "./quote.service.js";
import { Quote } from "./quote.type.js";
import { QuoteConnection } from "./quote-connection.type.js";
import { QuotesArgs } from "./quotes.args.js";

@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => QuoteConnection, { description: "Quotes, by article (newest first) then position." })
  quotes(@Args(() => QuotesArgs) args: QuotesArgs, @Ctx() ctx: Context) {
    return listQuotes(ctx, args);
  }

  @FieldResolver(() => Entity, { description: "Who said it." })
  speaker(@Root() quote: QuoteValue, @Ctx() ctx: Context) {
    return entityByKey(ctx, quote.speakerId);
  }

  @FieldResolver(() => Entity, { nullable: true, description: "The outlet or platform of the channel." })
  channelEntity(@Root() quote: QuoteValue, @Ctx() ctx: Context) {
    return entityByKey(ctx, quote.channelEntityId);
  }

  @FieldResolver(() => Event, { nullable: true, description: "The event at which it was said." })
  event(@Root() quote: QuoteValue, @Ctx() ctx: Context) {
    return eventByKey(ctx, quote.eventId);
  }

  @FieldResolver(() => Article, { nullable: true })
  article(@Root() quote: QuoteValue, @Ctx() ctx: Context) {
    return articleById(ctx, quote.articleId);
  }
}
