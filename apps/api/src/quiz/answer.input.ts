import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "MATCHING: one pair per left item." })
export class PairInput {
  @Field(() => String)
  leftId!: string;

  @Field(() => String)
  rightId!: string;
}

@InputType({
  description:
    "An answer: choiceIds for MULTIPLE_CHOICE and TRUE_FALSE (one id), MULTI_SELECT (the ids picked) and ORDERING (every id, in order); text for CLOZE; pairs for MATCHING.",
})
export class AnswerValueInput {
  @Field(() => [String], { nullable: true })
  choiceIds?: string[] | null;

  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => [PairInput], { nullable: true })
  pairs?: PairInput[] | null;
}

@InputType()
export class AnswerInput extends AnswerValueInput {
  @Field(() => String)
  questionId!: string;
}

@InputType()
export class SubmitAttemptInput {
  @Field(() => ID)
  quizId!: string;

  @Field(() => [AnswerInput], { description: "Unanswered questions score 0." })
  answers!: AnswerInput[];

  @Field(() => String, {
    description: "Sending the same key again returns the first result and stores nothing.",
  })
  idempotencyKey!: string;

  @Field(() => String, {
    nullable: true,
    description: "The embedding page's origin; default the request's Origin header.",
  })
  origin?: string | null;
}
