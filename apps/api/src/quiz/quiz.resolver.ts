import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { articleById } from "../article/article.service.js";
import { Article } from "../article/article.type.js";
import type { Context } from "../context.js";
import { CreateQuizInput } from "./quiz.input.js";
import { createQuiz, quizById } from "./quiz.service.js";
import { Quiz } from "./quiz.type.js";
import type { QuizValue } from "./stored-quiz.js";

@Resolver(() => Quiz)
export class QuizResolver {
  @Mutation(() => Quiz, { description: "Makes a quiz from an article's graph and stores it." })
  createQuiz(@Arg("input", () => CreateQuizInput) input: CreateQuizInput, @Ctx() ctx: Context) {
    return createQuiz(ctx, input);
  }

  @Query(() => Quiz, {
    description: "A stored quiz by global id or key; a NOT_FOUND error when there is none.",
  })
  quiz(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return quizById(ctx, id);
  }

  @FieldResolver(() => Article, { nullable: true })
  article(@Root() quiz: QuizValue, @Ctx() ctx: Context) {
    return articleById(ctx, quiz.articleId);
  }
}
