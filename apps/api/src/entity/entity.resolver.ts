import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { Event } from "../event/event.type.js";
import type { EntityValue } from "../node/to-node.js";
import { Quote } from "../quote/quote.type.js";
import { EntitiesArgs } from "./entities.args.js";
import * as entities from "./entity.service.js";
import { Entity } from "./entity.type.js";
import { EntityConnection } from "./entity-connection.type.js";
import { Mention } from "./mention.type.js";
import { Role } from "./role.type.js";

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => EntityConnection, {
    description: "Entities by name, optionally of one kind or matching words.",
  })
  entities(@Args(() => EntitiesArgs) args: EntitiesArgs, @Ctx() ctx: Context) {
    return entities.listEntities(ctx, args);
  }

  @Query(() => Entity, { description: "By global id or key; a NOT_FOUND error when there is none." })
  entity(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return entities.entityById(ctx, id);
  }

  @FieldResolver(() => [Role])
  roles(@Root() entity: EntityValue, @Ctx() ctx: Context) {
    return entities.rolesOf(ctx, entity);
  }

  @FieldResolver(() => [Mention], { description: "Every place an article names the entity." })
  mentions(@Root() entity: EntityValue, @Ctx() ctx: Context) {
    return entities.mentionsOf(ctx, entity);
  }

  @FieldResolver(() => [Quote], { description: "What the entity said." })
  quotes(@Root() entity: EntityValue, @Ctx() ctx: Context) {
    return entities.quotesBy(ctx, entity);
  }

  @FieldResolver(() => [Event], {
    description: "Events it took part in or that took place there; chronological.",
  })
  events(@Root() entity: EntityValue, @Ctx() ctx: Context) {
    return entities.eventsWith(ctx, entity);
  }
}
