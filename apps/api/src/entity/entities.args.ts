import type { EntityKind as Kind } from "@quizwire/content";
import { ArgsType, Field } from "type-graphql";
import { EntityKind } from "../common/enums.js";
import { PagingArgs } from "../pagination/paging.args.js";

@ArgsType()
export class EntitiesArgs extends PagingArgs {
  @Field(() => EntityKind, { nullable: true, description: "Only entities of this kind." })
  kind?: Kind | null;

  @Field(() => String, {
    nullable: true,
    description: "Only entities whose name or an alias contains these words (case- and accent-insensitive).",
  })
  search?: string | null;
}
