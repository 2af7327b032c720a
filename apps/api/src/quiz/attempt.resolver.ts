import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { AnswerValueInput, SubmitAttemptInput } from "./answer.input.js";
import { checkAnswer, quizStats, submitAttempt } from "./attempt.service.js";
import { AttemptResult, QuestionResult } from "./attempt.type.js";
import { QuizStats } from "./quiz-stats.type.js";

@Resolver()
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
    @Arg("origin", () => String, { nullable: true }) origin: string | null,
    @Ctx() ctx: Context,
  ) {
    return quizStats(ctx, quizId, origin);
  }
}
