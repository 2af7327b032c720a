import type { EntityKind as Kind } from "@quizwire/content";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { EntityKind } from "../common/enums.js";
import { selects } from "../common/selection.js";
import { Sentence, TextRange } from "../common/span.type.js";
import type { Context } from "../context.js";
import { Entity } from "../entity/entity.type.js";
import { Event } from "../event/event.type.js";
import type { ArticleValue } from "../node/to-node.js";
import { Quote } from "../quote/quote.type.js";
import { Relation } from "../relation/relation.type.js";
import * as articles from "./article.service.js";
import { Article } from "./article.type.js";
import { ArticleConnection } from "./article-connection.type.js";
import { ArticlesArgs } from "./articles.args.js";

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => ArticleConnection, { description: "Articles, newest first." })
  articles(@Args(() => ArticlesArgs) { first, after }: ArticlesArgs, @Ctx() ctx: Context) {
    return articles.listArticles(ctx, first, after);
  }

  @Query(() => Article, { description: "The article with this slug; a NOT_FOUND error when there is none." })
  article(@Arg("slug", () => String) slug: string, @Ctx() ctx: Context) {
    return articles.articleBySlug(ctx, slug);
  }

  @FieldResolver(() => [Entity], { description: "Entities the article names, in its order." })
  entities(
    @Root() article: ArticleValue,
    @Arg("kind", () => EntityKind, { nullable: true }) kind: Kind | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return articles.entitiesOf(ctx, article, kind, {
      roles: selects(info, "roles"),
      mentions: selects(info, "mentions"),
    });
  }

  @FieldResolver(() => [Quote])
  quotes(@Root() article: ArticleValue, @Ctx() ctx: Context) {
    return articles.quotesOf(ctx, article);
  }

  @FieldResolver(() => [Event], { description: "Chronological, honouring each date's precision." })
  events(@Root() article: ArticleValue, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return articles.eventsOf(ctx, article, { participants: selects(info, "participants") });
  }

  @FieldResolver(() => [Relation])
  relations(@Root() article: ArticleValue, @Ctx() ctx: Context) {
    return articles.relationsOf(ctx, article);
  }

  @FieldResolver(() => [Sentence])
  sentences(@Root() article: ArticleValue) {
    return articles.sentencesOf(article);
  }

  @FieldResolver(() => [TextRange])
  paragraphs(@Root() article: ArticleValue) {
    return articles.paragraphsOf(article);
  }
}
