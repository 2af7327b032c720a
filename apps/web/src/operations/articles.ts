import { graphql } from "../gql";

/** The home page list: newest first is the API's order. */
export const ArticlesQuery = graphql(`
  query Articles($first: Int, $after: String) {
    articles(first: $first, after: $after) {
      edges {
        node {
          id
          slug
          title
          dek
          byline
          publisher
          publishedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
