import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { AnswerValueInput, SubmitAttemptInput } from "./answer.input.js";
import { checkAnswer, originCounts, quizStats, submitAttempt } from "./attempt.service.js";
import { AttemptResult, QuestionResult } from "./attempt.type.js";
import { OriginCount, QuizStats } from "./quiz-stats.type.js";

/** Attempts and what they add up to: grading, storing, and the statistics over them. */
@Resolver(() => QuizStats)
export class AttemptResolver {
  @Mutation(() => AttemptResult, {
    description: "Grades an attempt on the server and stores it once per idempotencyKey.",
  })
  submitAttempt(@Arg("input", () => SubmitAttemptInput) input: SubmitAttemptInput, @Ctx() ctx: Context) {
    return submitAttempt(ctx, input);
  }

  @Query(() => QuestionResult, {
    description: "Grades one answer without storing it (feedback as the player goes).",
  })
  checkAnswer(
    @Arg("quizId", () => ID) quizId: string,
    @Arg("questionId", () => String) questionId: string,
    @Arg("answer", () => AnswerValueInput) answer: AnswerValueInput,
    @Ctx() ctx: Context,
  ) {
    return checkAnswer(ctx, quizId, questionId, answer);
  }

  @Query(() => QuizStats, {
    description: "How players did, per question; only attempts from `origin` when given.",
  })
  quizStats(
    @Arg("quizId", () => ID) quizId: string,
    @Arg("origin", () => String, {
      nullable: true,
      description: "scheme://host[:port], as listed in `origins`; anything else is BAD_USER_INPUT.",
    })
    origin: string | null | undefined,
    @Ctx() ctx: Context,
  ) {
    return quizStats(ctx, quizId, origin);
  }

  // A field resolver, so a query that does not ask for the origins does not count them.
  @FieldResolver(() => [OriginCount])
  origins(@Root() stats: QuizStats, @Ctx() ctx: Context) {
    return originCounts(ctx, stats.quizKey);
  }
}
