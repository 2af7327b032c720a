import { Field, ObjectType } from "type-graphql";
import { DateValue } from "../common/date-value.type.js";
import { QuoteKind } from "../common/enums.js";
import { Span } from "../common/span.type.js";
import { Node } from "../node/node.interface.js";

@ObjectType({
  implements: Node,
  description: "Words someone said or wrote, as the article reports them.",
  simpleResolvers: true,
})
export class Quote extends Node {
  @Field(() => String)
  key!: string;

  @Field(() => String, { description: "The quoted words (DIRECT/PARTIAL) or the reported statement." })
  text!: string;

  @Field(() => QuoteKind)
  kind!: keyof typeof QuoteKind;

  @Field(() => String, {
    nullable: true,
    description: 'How the words reached the public: "interview with Fox News".',
  })
  channel!: string | null;

  @Field(() => DateValue, { nullable: true })
  date!: DateValue | null;

  @Field(() => Span)
  evidence!: Span;
}
