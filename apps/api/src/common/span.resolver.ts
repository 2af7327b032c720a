import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { type SpanValue, sentenceOf } from "./sentences.js";
import { Sentence, Span } from "./span.type.js";

@Resolver(() => Span)
export class SpanResolver {
  @FieldResolver(() => Sentence, { nullable: true })
  sentence(@Root() span: SpanValue, @Ctx() ctx: Context) {
    return sentenceOf(ctx, span);
  }
}
