import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { IngestArticleInput } from "./ingest.input.js";
import { IngestArticlePayload } from "./ingest-payload.type.js";
import { ingestArticle } from "./ingest-text.service.js";

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestArticlePayload, {
    description: "Drafts an article from its text and stores it in one transaction; needs an API key.",
  })
  ingestArticle(@Arg("input", () => IngestArticleInput) input: IngestArticleInput, @Ctx() ctx: Context) {
    return ingestArticle(ctx, input);
  }
}
