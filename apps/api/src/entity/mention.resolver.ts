import type { MentionRow } from "@quizwire/store";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { articleById } from "../article/article.service.js";
import { Article } from "../article/article.type.js";
import { sentenceOf } from "../common/sentences.js";
import { Sentence } from "../common/span.type.js";
import type { Context } from "../context.js";
import { Mention } from "./mention.type.js";

@Resolver(() => Mention)
export class MentionResolver {
  @FieldResolver(() => Sentence, { nullable: true })
  sentence(@Root() mention: MentionRow, @Ctx() ctx: Context) {
    return sentenceOf(ctx, mention);
  }

  @FieldResolver(() => Article, { nullable: true })
  article(@Root() mention: MentionRow, @Ctx() ctx: Context) {
    return articleById(ctx, mention.articleId);
  }
}
