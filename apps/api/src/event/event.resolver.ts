import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { articleById } from "../article/article.service.js";
import { Article } from "../article/article.type.js";
import type { Context } from "../context.js";
import { entityByKey } from "../entity/entity.service.js";
import { Entity } from "../entity/entity.type.js";
import type { EventValue } from "../node/to-node.js";
import { listEvents, participantsOf } from "./event.service.js";
import { Event } from "./event.type.js";
import { EventConnection } from "./event-connection.type.js";
import { EventsArgs } from "./events.args.js";
import { Participant } from "./participant.type.js";

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, {
    description: "Events in chronological order, honouring each date's precision.",
  })
  events(@Args(() => EventsArgs) args: EventsArgs, @Ctx() ctx: Context) {
    return listEvents(ctx, args);
  }

  @FieldResolver(() => Entity, { nullable: true, description: "Where it happened." })
  location(@Root() event: EventValue, @Ctx() ctx: Context) {
    return entityByKey(ctx, event.locationId);
  }

  @FieldResolver(() => [Participant])
  participants(@Root() event: EventValue, @Ctx() ctx: Context) {
    return participantsOf(ctx, event.key);
  }

  @FieldResolver(() => Article, { nullable: true })
  article(@Root() event: EventValue, @Ctx() ctx: Context) {
    return articleById(ctx, event.articleId);
  }
}
