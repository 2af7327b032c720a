import { type AnnotatedArticle, CURATED, findSpan, segment } from "@quizwire/content";

/** A small hand-written article (with accented names) and its facts, built with real offsets. */
export function romeArticle(options: { title?: string; extraRelation?: boolean } = {}): AnnotatedArticle {
  const body = [
    "ROME — Iran's foreign minister Abbas Araghchí met US envoy Steve Witkoff in Rome on Saturday, April 19, 2025.",
    '"The talks were constructive," Araghchí told reporters. Witkoff said the next round would follow next week.',
    "In 2018 the United States withdrew from the JCPOA. José Martínez of Reuters reported the meeting in April.",
  ].join("\n");
  const at = (text: string, occurrence = 0) => findSpan(body, text, { occurrence });
  const all = (text: string) => {
    const spans = [];
    for (let from = body.indexOf(text); from >= 0; from = body.indexOf(text, from + 1)) {
      spans.push(findSpan(body, text, { from }));
    }
    return spans;
  };
  const entity = (
    id: string,
    kind: AnnotatedArticle["entities"][number]["kind"],
    name: string,
    aliases: string[] = [],
  ) => ({
    id,
    kind,
    name,
    aliases,
    roles: [],
    mentions: [name, ...aliases].flatMap(all).sort((a, b) => a.start - b.start),
    provenance: CURATED,
  });
  const araghchi = {
    ...entity("abbas-araghchi", "PERSON", "Abbas Araghchí", ["Araghchí"]),
    mentions: [at("Abbas Araghchí"), at("Araghchí", 1)],
    description: "Iran's foreign minister",
    roles: [{ title: "foreign minister", ofId: "iran", former: false, evidence: [at("foreign minister")] }],
  };
  const { paragraphs, sentences } = segment(body);
  return {
    formatVersion: 1,
    article: {
      id: "smoke-test-rome",
      slug: "smoke-test-rome",
      title: options.title ?? "Talks in Rome",
      publishedAt: "2025-04-20",
      publisher: "Test Wire",
      language: "en",
      body,
      paragraphs,
      sentences,
    },
    entities: [
      araghchi,
      {
        ...entity("steve-witkoff", "PERSON", "Steve Witkoff", ["Witkoff"]),
        mentions: [at("Steve Witkoff"), at("Witkoff", 1)],
      },
      {
        ...entity("iran", "COUNTRY", "Iran"),
        mentions: [{ ...at("Iran's"), end: at("Iran's").start + 4, text: "Iran" }],
      },
      entity("rome", "CITY", "Rome"),
      {
        ...entity("united-states", "COUNTRY", "United States", ["US"]),
        mentions: [at("US"), at("United States")],
      },
      entity("jcpoa", "AGREEMENT", "JCPOA"),
      entity("jose-martinez", "PERSON", "José Martínez"),
      entity("reuters", "MEDIA_OUTLET", "Reuters"),
    ],
    quotes: [
      {
        id: "q-constructive",
        speakerId: "abbas-araghchi",
        text: "The talks were constructive,",
        kind: "DIRECT",
        channel: "to reporters",
        evidence: at('"The talks were constructive," Araghchí told reporters.'),
        speakerResolution: "CURATED",
        provenance: CURATED,
      },
      {
        id: "q-next-round",
        speakerId: "steve-witkoff",
        text: "the next round would follow next week",
        kind: "PARAPHRASE",
        evidence: at("Witkoff said the next round would follow next week."),
        speakerResolution: "CURATED",
        provenance: CURATED,
      },
    ],
    events: [
      {
        id: "ev-rome-meeting",
        kind: "MEETING",
        title: "Araghchí meets Witkoff in Rome",
        date: {
          iso: "2025-04-19",
          precision: "DAY",
          text: "Saturday, April 19, 2025",
          status: "OCCURRED",
          approximate: false,
          span: at("Saturday, April 19, 2025"),
        },
        locationId: "rome",
        participants: [
          { entityId: "abbas-araghchi", role: "delegation lead" },
          { entityId: "steve-witkoff", role: "delegation lead" },
        ],
        evidence: [at("Abbas Araghchí met US envoy Steve Witkoff in Rome")],
        sequence: 3,
        provenance: CURATED,
      },
      {
        id: "ev-withdrawal",
        kind: "WITHDRAWAL",
        title: "The United States leaves the nuclear deal",
        summary: "Washington withdrew from the JCPOA.",
        date: {
          iso: "2018",
          precision: "YEAR",
          text: "2018",
          status: "OCCURRED",
          approximate: false,
          span: at("2018"),
        },
        participants: [{ entityId: "united-states", role: "withdrawing party" }],
        evidence: [at("In 2018 the United States withdrew from the JCPOA.")],
        sequence: 1,
        provenance: CURATED,
      },
      {
        id: "ev-next-round",
        kind: "NEGOTIATION_ROUND",
        title: "Next round of talks",
        date: {
          iso: "2025-04-21",
          precision: "DAY",
          text: "next week",
          status: "SCHEDULED",
          approximate: true,
          span: at("next week"),
        },
        participants: [],
        evidence: [at("the next round would follow next week")],
        sequence: 4,
        provenance: CURATED,
      },
      {
        id: "ev-report",
        kind: "REPORT",
        title: "Reuters reports the meeting",
        date: {
          iso: "2025-04",
          precision: "MONTH",
          text: "April",
          status: "OCCURRED",
          approximate: false,
          span: at("April", 1),
        },
        participants: [
          { entityId: "jose-martinez", role: "reporter" },
          { entityId: "reuters", role: "outlet" },
        ],
        evidence: [at("José Martínez of Reuters reported the meeting in April.")],
        sequence: 2,
        provenance: CURATED,
      },
    ],
    relations: [
      {
        id: "r-martinez-reuters",
        subjectId: "jose-martinez",
        predicate: "MEMBER_OF",
        objectId: "reuters",
        evidence: [at("José Martínez of Reuters")],
        provenance: CURATED,
      },
      ...(options.extraRelation
        ? [
            {
              id: "r-us-jcpoa",
              subjectId: "united-states",
              predicate: "WITHDREW_FROM" as const,
              objectId: "jcpoa",
              evidence: [at("the United States withdrew from the JCPOA")],
              provenance: CURATED,
            },
          ]
        : []),
    ],
  };
}

const DRAFT = { method: "NER", confidence: 0.8, status: "DRAFT" } as const;

/** A newer draft article naming the same minister (id shared with `romeArticle`) and Oman. */
export function secondArticle(
  options: { withoutOman?: boolean; quoteId?: string; slug?: string } = {},
): AnnotatedArticle {
  const body = "Abbas Araghchi spoke again on Monday. He said Oman would host the next round.";
  const { paragraphs, sentences } = segment(body);
  return {
    formatVersion: 1,
    article: {
      id: "second-talks",
      slug: options.slug ?? "second-talks",
      title: "Oman to host",
      publishedAt: "2025-04-22",
      language: "en",
      body,
      paragraphs,
      sentences,
    },
    entities: [
      {
        id: "abbas-araghchi",
        kind: "PERSON",
        name: "Abbas Araghchi",
        aliases: [],
        description: "a draft description",
        roles: [],
        mentions: [findSpan(body, "Abbas Araghchi")],
        provenance: DRAFT,
      },
      ...(options.withoutOman
        ? []
        : [
            {
              id: "oman",
              kind: "COUNTRY" as const,
              name: "Oman",
              aliases: [],
              roles: [],
              mentions: [findSpan(body, "Oman")],
              provenance: DRAFT,
            },
          ]),
    ],
    quotes: [
      {
        id: options.quoteId ?? "q-oman-host",
        speakerId: "abbas-araghchi",
        text: "Oman would host the next round",
        kind: "PARAPHRASE",
        evidence: findSpan(body, "He said Oman would host the next round."),
        speakerResolution: "PRONOUN",
        provenance: DRAFT,
      },
    ],
    events: [],
    relations: [],
  };
}

/** Names made to exercise search ranking for the query "bas". */
export function rankingArticle(): AnnotatedArticle {
  const body = "Bas, a village near Basra, saw the Iranian militia, the Basij, march.";
  const { paragraphs, sentences } = segment(body);
  const entity = (
    id: string,
    kind: AnnotatedArticle["entities"][number]["kind"],
    name: string,
    aliases: string[] = [],
  ) => ({
    id,
    kind,
    name,
    aliases,
    roles: [],
    mentions: [findSpan(body, name), ...aliases.map((a) => findSpan(body, a))],
    provenance: CURATED,
  });
  return {
    formatVersion: 1,
    article: {
      id: "ranking",
      slug: "ranking",
      title: "Ranking",
      publishedAt: "2025-01-01",
      language: "en",
      body,
      paragraphs,
      sentences,
    },
    entities: [
      entity("iranian-militia", "GROUP", "Iranian militia", ["Basij"]),
      entity("basra", "CITY", "Basra"),
      entity("bas", "CITY", "Bas"),
    ],
    quotes: [],
    events: [],
    relations: [],
  };
}
