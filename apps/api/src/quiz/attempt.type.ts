import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Span } from "../common/span.type.js";

@ObjectType({
  description: "How one answer was graded, with the answer and the text that proves it.",
  simpleResolvers: true,
})
export class QuestionResult {
  @Field(() => String)
  questionId!: string;

  @Field(() => Boolean, { description: "Full credit only." })
  correct!: boolean;

  @Field(() => Float, { description: "0 to 1; partial for MULTI_SELECT, ORDERING and MATCHING." })
  credit!: number;

  @Field(() => Boolean)
  answered!: boolean;

  @Field(() => [String], { description: "ORDERING: every id in the right order." })
  correctChoiceIds!: string[];

  @Field(() => String, { description: "The answer as a person reads it." })
  correctAnswer!: string;

  @Field(() => String)
  explanation!: string;

  @Field(() => [Span])
  evidence!: Span[];
}

@ObjectType({ description: "A graded attempt.", simpleResolvers: true })
export class AttemptResult {
  @Field(() => ID)
  attemptId!: string;

  @Field(() => Float, { description: "Sum of credits." })
  score!: number;

  @Field(() => Int, { description: "Number of questions." })
  total!: number;

  @Field(() => [QuestionResult])
  results!: QuestionResult[];

  @Field(() => Boolean, {
    description: "True when this idempotency key had been used: the first result is returned.",
  })
  replayed!: boolean;
}
