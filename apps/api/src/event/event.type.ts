import { Field, Int, ObjectType } from "type-graphql";
import { DateValue } from "../common/date-value.type.js";
import { EventKind } from "../common/enums.js";
import { Span } from "../common/span.type.js";
import { Node } from "../node/node.interface.js";

@ObjectType({
  implements: Node,
  description: "Something that happened or is planned, as the article tells it.",
  simpleResolvers: true,
})
export class Event extends Node {
  @Field(() => String)
  key!: string;

  @Field(() => EventKind)
  kind!: keyof typeof EventKind;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  summary!: string | null;

  @Field(() => DateValue)
  date!: DateValue;

  @Field(() => [Span])
  evidence!: Span[];

  @Field(() => Int, { description: "Order in the story's own timeline (1 = earliest)." })
  sequence!: number;
}
