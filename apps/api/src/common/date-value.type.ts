import { Field, ObjectType } from "type-graphql";
import { DatePrecision, DateStatus } from "./enums.js";
import { Span } from "./span.type.js";

@ObjectType({
  description:
    "A date as the text gives it, resolved against the publication date; when the article does not state it, as inferred (text null, basis).",
  simpleResolvers: true,
})
export class DateValue {
  @Field(() => String, { description: "YYYY-MM-DD, YYYY-MM or YYYY according to precision." })
  iso!: string;

  @Field(() => DatePrecision)
  precision!: keyof typeof DatePrecision;

  @Field(() => String, {
    nullable: true,
    description:
      'The words as written, e.g. "Last Saturday"; null when the article does not state the date (see basis).',
  })
  text!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'How iso was inferred when the article does not state the date, e.g. "before the Muscat round"; null when text is given.',
  })
  basis!: string | null;

  @Field(() => DateStatus)
  status!: keyof typeof DateStatus;

  @Field(() => Boolean, {
    description: "True when iso is the start of a vaguer range (a week) or was inferred (text null).",
  })
  approximate!: boolean;

  @Field(() => Span, { nullable: true, description: "Where the words are in the body." })
  span!: Span | null;
}
