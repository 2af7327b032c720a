import type { ParticipantRow } from "@quizwire/store";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { entityByKey } from "../entity/entity.service.js";
import { Entity } from "../entity/entity.type.js";
import { Participant } from "./participant.type.js";

@Resolver(() => Participant)
export class ParticipantResolver {
  @FieldResolver(() => Entity, { nullable: true })
  entity(@Root() participant: ParticipantRow, @Ctx() ctx: Context) {
    return entityByKey(ctx, participant.entityId);
  }
}
