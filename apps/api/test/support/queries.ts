/** The whole seed article: entities with roles and mentions, quotes with speakers, events with places and participants, relations. */
export const FULL_ARTICLE = /* GraphQL */ `
  query FullArticle($slug: String!) {
    article(slug: $slug) {
      id slug title dek byline publisher publishedAt body
      paragraphs { start end text }
      sentences { start end text index }
      entities {
        id key kind name aliases description
        roles { title asOf former of { id name } evidence { start end text } }
        mentions { start end text articleSlug sentence { start end text } }
      }
      quotes {
        id text kind channel
        speaker { id name kind }
        evidence { start end text sentence { start end text } }
        date { iso precision text status approximate }
      }
      events {
        id kind title summary sequence
        date { iso precision text status approximate }
        location { id name kind }
        participants { role entity { id name kind } }
        evidence { start end text sentence { text } }
      }
      relations {
        id predicate label
        subject { id name }
        object { id name }
        evidence { start end text }
      }
    }
  }
`;
