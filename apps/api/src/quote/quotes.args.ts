import { ArgsType, Field, ID } from "type-graphql";
import { PagingArgs } from "../pagination/paging.args.js";

@ArgsType()
export class QuotesArgs extends PagingArgs {
  @Field(() => ID, { nullable: true, description: "Only quotes by this entity (global id or key)." })
  speakerId?: string | null;

  @Field(() => String, { nullable: true, description: "Only quotes from this article." })
  articleSlug?: string | null;
}
