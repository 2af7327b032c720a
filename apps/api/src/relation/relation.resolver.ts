import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { entityByKey } from "../entity/entity.service.js";
import { Entity } from "../entity/entity.type.js";
import type { RelationValue } from "../node/to-node.js";
import { Relation } from "./relation.type.js";

@Resolver(() => Relation)
export class RelationResolver {
  @FieldResolver(() => Entity, { nullable: true })
  subject(@Root() relation: RelationValue, @Ctx() ctx: Context) {
    return entityByKey(ctx, relation.subjectId);
  }

  @FieldResolver(() => Entity, { nullable: true })
  object(@Root() relation: RelationValue, @Ctx() ctx: Context) {
    return entityByKey(ctx, relation.objectId);
  }
}
