import { ArgsType, Field } from "type-graphql";
import { PagingArgs } from "../pagination/paging.args.js";

@ArgsType()
export class EventsArgs extends PagingArgs {
  @Field(() => String, { nullable: true, description: "Only events of this article." })
  articleSlug?: string | null;
}
