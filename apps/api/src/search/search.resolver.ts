import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { search } from "./search.service.js";
import { SearchResult } from "./search-result.type.js";

@Resolver()
export class SearchResolver {
  @Query(() => [SearchResult], {
    description:
      "Entities (name and aliases), quotes and events matching the words, case- and accent-insensitive; best first.",
  })
  search(
    @Arg("query", () => String) query: string,
    @Arg("first", () => Int, {
      nullable: true,
      description: "At most this many results (default 20, max 100).",
    })
    first: number | null,
    @Ctx() ctx: Context,
  ) {
    return search(ctx, query, first);
  }
}
