import { Field, Int, ObjectType } from "type-graphql";
import { Sentence } from "../common/span.type.js";

@ObjectType({ description: "A place where an article names an entity.", simpleResolvers: true })
export class Mention {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field(() => String)
  text!: string;

  @Field(() => Sentence, { nullable: true })
  sentence?: Sentence | null;

  @Field(() => String, { description: "Slug of the mention's article." })
  articleSlug!: string;
}
