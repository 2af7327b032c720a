import { Field, ObjectType } from "type-graphql";
import { EntityKind } from "../common/enums.js";
import { Node } from "../node/node.interface.js";

@ObjectType({
  implements: Node,
  description: "A person, organisation, place, agreement… named in the articles.",
  simpleResolvers: true,
})
export class Entity extends Node {
  @Field(() => String, { description: 'The id used in data files and URLs, e.g. "mike-waltz".' })
  key!: string;

  @Field(() => EntityKind)
  kind!: keyof typeof EntityKind;

  @Field(() => String)
  name!: string;

  @Field(() => [String], { description: "Other names the text uses." })
  aliases!: string[];

  @Field(() => String, { nullable: true })
  description!: string | null;
}
