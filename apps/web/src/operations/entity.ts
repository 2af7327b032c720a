import { graphql } from "../gql";

/** An entity page: posts, quotes, events and mentions. */
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
        }
        evidence {
          start
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
          status
        }
        location {
          key
          name
        }
      }
    }
  }
`);
