import { graphql } from "../gql";

/** An entity page: posts, and the quotes, events and mentions of each article that names it. */
export const EntityQuery = graphql(`
  query Entity($id: ID!) {
    entity(id: $id) {
      id
      key
      kind
      name
      aliases
      description
      roles {
        title
      }
      mentions {
        start
        end
        text
        articleSlug
        article {
          slug
          title
          publishedAt
        }
        sentence {
          start
          text
        }
      }
      quotes {
        id
        text
        kind
        channel
        article {
          slug
          title
          publishedAt
        }
        evidence {
          start
          text
          sentence {
            start
          }
        }
      }
      events {
        id
        title
        date {
          iso
          precision
          text
          basis
          status
          approximate
        }
        location {
          key
          name
        }
        article {
          slug
          title
          publishedAt
        }
        evidence {
          start
          text
          sentence {
            start
          }
        }
      }
    }
  }
`);
