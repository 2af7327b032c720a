import { Field, ObjectType } from "type-graphql";
import { Span } from "../common/span.type.js";

@ObjectType({
  description: "A post or title an entity holds according to an article.",
  simpleResolvers: true,
})
export class Role {
  @Field(() => String, { description: 'e.g. "National Security Advisor".' })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: "ISO date at which the article says the role was held.",
  })
  asOf!: string | null;

  @Field(() => Boolean, { description: "True for a former post." })
  former!: boolean;

  @Field(() => [Span])
  evidence!: Span[];
}
