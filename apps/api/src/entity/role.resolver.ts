import type { RoleRow } from "@quizwire/store";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { entityByKey } from "./entity.service.js";
import { Entity } from "./entity.type.js";
import { Role } from "./role.type.js";

@Resolver(() => Role)
export class RoleResolver {
  @FieldResolver(() => Entity, {
    nullable: true,
    description: "What the post belongs to (a country, an organisation).",
  })
  of(@Root() role: RoleRow, @Ctx() ctx: Context) {
    return entityByKey(ctx, role.ofId);
  }
}
