import { Field, ObjectType } from "type-graphql";
import { Predicate } from "../common/enums.js";
import { Span } from "../common/span.type.js";
import { Node } from "../node/node.interface.js";

@ObjectType({
  implements: Node,
  description: "subject —predicate→ object, with the text that says so.",
  simpleResolvers: true,
})
export class Relation extends Node {
  @Field(() => String)
  key!: string;

  @Field(() => Predicate)
  predicate!: keyof typeof Predicate;

  @Field(() => String, { nullable: true, description: 'Words qualifying the relation ("strategic ally").' })
  label!: string | null;

  @Field(() => [Span])
  evidence!: Span[];
}
