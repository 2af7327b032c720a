import { Field, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface.js";

@ObjectType({
  implements: Node,
  description: "A news article and the facts drawn from it.",
  simpleResolvers: true,
})
export class Article extends Node {
  @Field(() => String, { description: "The id used in data files." })
  key!: string;

  @Field(() => String, { description: "URL-friendly name, e.g. smoke-in-rome." })
  slug!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: "The standfirst under the headline." })
  dek!: string | null;

  @Field(() => String, { nullable: true })
  byline!: string | null;

  @Field(() => String, { nullable: true })
  publisher!: string | null;

  @Field(() => String, { description: "Publication date, YYYY-MM-DD." })
  publishedAt!: string;

  @Field(() => String, { nullable: true })
  dateline!: string | null;

  @Field(() => String, { nullable: true })
  sourceUrl!: string | null;

  @Field(() => String, { nullable: true })
  license!: string | null;

  @Field(() => String, { nullable: true })
  attribution!: string | null;

  @Field(() => String)
  language!: string;

  @Field(() => String, { description: 'The text; paragraphs are separated by "\\n".' })
  body!: string;
}
