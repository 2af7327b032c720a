import { ArgsType, Field, Int } from "type-graphql";
import { badInput } from "../errors.js";
import { DEFAULT_PAGE, MAX_PAGE } from "../limits/complexity.js";

@ArgsType()
export class PagingArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return: 0 to ${MAX_PAGE}, default ${DEFAULT_PAGE}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "The `cursor` of the last item already seen." })
  after?: string | null;
}

/** The page size asked for, or BAD_USER_INPUT saying the bounds. */
export function pageSizeOf(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE;
  if (first < 0 || first > MAX_PAGE) {
    throw badInput(`first must be between 0 and ${MAX_PAGE} (got ${first}); page through with after.`, {
      argumentName: "first",
    });
  }
  return first;
}

/** The store's page arguments from GraphQL's, with the bounds checked. */
export function pageArgs(args: { first?: number | null; after?: string | null }): {
  first: number;
  after: string | null;
} {
  if (args.after === "")
    throw badInput("after is empty: pass the `cursor` of an edge, or leave after out for the first page.");
  return { first: pageSizeOf(args.first), after: args.after ?? null };
}
