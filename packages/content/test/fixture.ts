import type { AnnotatedArticleInput } from "../src/schema/article.js";
import { CURATED } from "../src/schema/provenance.js";
import { segment } from "../src/text/segment.js";
import { findSpan } from "../src/text/span.js";

/** A small valid annotated article, independent of the curated seed, for tests to break on purpose. */
export function validFixture(): AnnotatedArticleInput {
  const body = [
    'Mayor Ann Lee met Dr. Raj Patel in Springfield on Monday. "We agreed," Lee said.',
    "Lee's office said talks resume next week.",
  ].join("\n");
  const { paragraphs, sentences } = segment(body);
  return {
    formatVersion: 1,
    article: {
      id: "town-talks",
      slug: "town-talks",
      title: "Town talks",
      publishedAt: "2025-03-05",
      body,
      paragraphs,
      sentences,
    },
    entities: [
      {
        id: "ann-lee",
        kind: "PERSON",
        name: "Ann Lee",
        aliases: ["Lee"],
        roles: [
          {
            title: "Mayor",
            ofId: "springfield",
            asOf: "2025-03",
            evidence: [findSpan(body, "Mayor Ann Lee")],
          },
        ],
        mentions: [
          findSpan(body, "Ann Lee"),
          findSpan(body, "Lee", { occurrence: 1 }),
          findSpan(body, "Lee", { occurrence: 2 }),
        ],
        provenance: CURATED,
      },
      {
        id: "raj-patel",
        kind: "PERSON",
        name: "Raj Patel",
        mentions: [findSpan(body, "Raj Patel")],
        provenance: CURATED,
      },
      {
        id: "springfield",
        kind: "CITY",
        name: "Springfield",
        mentions: [findSpan(body, "Springfield")],
        provenance: CURATED,
      },
    ],
    quotes: [
      {
        id: "q-agreed",
        speakerId: "ann-lee",
        text: "We agreed,",
        kind: "DIRECT",
        channel: "to reporters",
        eventId: "ev-meeting",
        evidence: findSpan(body, '"We agreed," Lee said.'),
        provenance: CURATED,
      },
    ],
    events: [
      {
        id: "ev-meeting",
        kind: "MEETING",
        title: "Lee meets Patel",
        date: {
          iso: "2025-03-03",
          precision: "DAY",
          text: "on Monday",
          status: "OCCURRED",
          span: findSpan(body, "on Monday"),
        },
        locationId: "springfield",
        participants: [
          { entityId: "ann-lee", role: "host" },
          { entityId: "raj-patel", role: "guest" },
        ],
        evidence: [findSpan(body, "Mayor Ann Lee met Dr. Raj Patel in Springfield on Monday.")],
        sequence: 1,
        provenance: CURATED,
      },
    ],
    relations: [
      {
        id: "rel-lee-springfield",
        subjectId: "ann-lee",
        predicate: "LEADS",
        objectId: "springfield",
        evidence: [findSpan(body, "Mayor Ann Lee")],
        provenance: CURATED,
      },
    ],
  };
}
