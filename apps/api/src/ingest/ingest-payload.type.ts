import { Field, Int, ObjectType } from "type-graphql";
import { Article } from "../article/article.type.js";

@ObjectType({ description: "What the draft holds.", simpleResolvers: true })
export class DraftSummary {
  @Field(() => String)
  slug!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: "YYYY-MM-DD." })
  publishedAt!: string;

  @Field(() => Int)
  entities!: number;

  @Field(() => Int)
  quotes!: number;

  @Field(() => Int)
  events!: number;

  @Field(() => Int)
  relations!: number;
}

@ObjectType({ description: "The result of ingestArticle." })
export class IngestArticlePayload {
  @Field(() => Article, { nullable: true, description: "The stored article; null on a dry run." })
  article!: unknown;

  @Field(() => DraftSummary)
  summary!: DraftSummary;

  @Field(() => [String], {
    description: "What the extractor could not do or had to assume (quotes left out, a date assumed…).",
  })
  warnings!: string[];

  @Field(() => Boolean, {
    description:
      "True when the store wrote the article; false when the same content was already stored, and on a dry run.",
  })
  changed!: boolean;
}
