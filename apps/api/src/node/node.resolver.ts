import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { Node } from "./node.interface.js";
import { nodeById } from "./node.service.js";

@Resolver()
export class NodeResolver {
  @Query(() => Node, { description: "Any object by its global id; a NOT_FOUND error when there is none." })
  node(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return nodeById(ctx, id);
  }
}
