import { graphql } from "../gql";

/** Everything the reader shows: the text and its graph. */
export const ArticleQuery = graphql(`
  query Article($slug: String!) {
    article(slug: $slug) {
      id
      slug
      title
      dek
      byline
      publisher
      publishedAt
      body
      paragraphs {
        start
        end
      }
      sentences {
        start
        end
      }
      entities {
        id
        key
        kind
        name
        aliases
        roles {
          title
        }
        mentions {
          start
          end
          text
        }
      }
      quotes {
        id
        text
        kind
        channel
        speaker {
          key
          name
        }
        evidence {
          start
          end
          text
        }
      }
      events {
        id
        kind
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
        participants {
          role
          entity {
            key
            name
          }
        }
        evidence {
          start
          end
          text
        }
      }
      relations {
        predicate
        subject {
          key
          name
          kind
        }
        object {
          key
          name
          kind
        }
      }
    }
  }
`);

/** Just enough to head the quiz page. */
export const ArticleTitleQuery = graphql(`
  query ArticleTitle($slug: String!) {
    article(slug: $slug) {
      slug
      title
    }
  }
`);
