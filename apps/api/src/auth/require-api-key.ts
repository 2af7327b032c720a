import type { ApiKeyRow } from "@quizwire/store";
import type { Context } from "../context.js";
import { userError } from "../errors.js";

const HOW_TO_GET_ONE =
  "Create one with `npm run apikey:create -- NAME` and send it as `Authorization: Bearer <key>` (or `x-api-key: <key>`).";

/**
 * The stored key the request presented, verified against its hash (and its last use recorded);
 * UNAUTHENTICATED with a sentence saying how to get a key when it is missing or unknown.
 */
export async function requireApiKey(ctx: Context): Promise<ApiKeyRow> {
  if (!ctx.apiKey) throw userError("UNAUTHENTICATED", `This operation needs an API key. ${HOW_TO_GET_ONE}`);
  const row = await ctx.store.verifyApiKey(ctx.apiKey);
  if (!row)
    throw userError(
      "UNAUTHENTICATED",
      `The API key sent is not known here (mistyped, or made for another database). ${HOW_TO_GET_ONE}`,
    );
  return row;
}
