/** A POST /graphql over real HTTP; resolves with the status and the parsed body. */
export async function postGraphql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any }> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.json() };
}

/** A GET /graphql (cacheable by the API's response cache). */
export async function getGraphql(url: string, query: string, variables: Record<string, unknown> = {}) {
  const search = new URLSearchParams({ query, variables: JSON.stringify(variables) });
  const res = await fetch(`${url}?${search}`, { headers: { accept: "application/json" } });
  return { status: res.status, cache: res.headers.get("x-cache"), body: (await res.json()) as any };
}

export const INGEST = /* GraphQL */ `
  mutation Ingest($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      changed warnings
      summary { slug title publishedAt entities quotes events relations }
      article { slug title publishedAt }
    }
  }
`;
