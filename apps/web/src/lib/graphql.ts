import "server-only";
import type { TypedDocumentString } from "../gql/graphql";
import { ApiDownError, ApiError } from "./api-error";
import { readEnv } from "./env";

type GraphQLResponse<T> = {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};

/**
 * Runs one typed operation against the API over HTTP. Throws ApiDownError when the API cannot be
 * reached, ApiError when it answers with GraphQL errors.
 */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const env = readEnv();
  let response: Response;
  try {
    response = await fetch(env.API_URL, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query: document.toString(), variables }),
      cache: "no-store",
      signal: AbortSignal.timeout(env.API_TIMEOUT_MS),
    });
  } catch (cause) {
    throw new ApiDownError(`The quiz API at ${env.API_URL} did not answer.`, { cause });
  }
  let json: GraphQLResponse<TResult>;
  try {
    json = (await response.json()) as GraphQLResponse<TResult>;
  } catch (cause) {
    throw new ApiDownError(`The quiz API answered HTTP ${response.status} without GraphQL.`, { cause });
  }
  const first = json.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code);
  if (!json.data) throw new ApiDownError(`The quiz API answered HTTP ${response.status} with no data.`);
  return json.data;
}
