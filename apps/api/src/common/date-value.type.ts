import { Field, ObjectType } from "type-graphql";
import { DatePrecision, DateStatus } from "./enums.js";
import { Span } from "./span.type.js";

@ObjectType({
  description: "A date as the text gives it, resolved against the publication date.",
  simpleResolvers: true,
})
export class DateValue {
  @Field(() => String, { description: "YYYY-MM-DD, YYYY-MM or YYYY according to precision." })
  iso!: string;

  @Field(() => DatePrecision)
  precision!: keyof typeof DatePrecision;

  @Field(() => String, { description: 'The words as written, e.g. "Last Saturday".' })
  text!: string;

  @Field(() => DateStatus)
  status!: keyof typeof DateStatus;

  @Field(() => Boolean, { description: "True when iso is the start of a vaguer range (a week)." })
  approximate!: boolean;

  @Field(() => Span, { nullable: true, description: "Where the words are in the body." })
  span!: Span | null;
}
