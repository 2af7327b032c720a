import { describe, expect, it } from "vitest";
import { groupByArticle } from "./group-by-article";
import type { EntityEvent, EntityMention, EntityQuote } from "./types";

const rome = { slug: "smoke-in-rome", title: "Smoke in Rome", publishedAt: "2025-04-26" };
const muscat = { slug: "muscat-talks", title: "Talks in Muscat", publishedAt: "2025-05-02" };

const mention = (article: typeof rome, start: number, sentence: number): EntityMention => ({
  start,
  end: start + 5,
  text: "Trump",
  articleSlug: article.slug,
  article,
  sentence: { start: sentence, text: `Sentence at ${sentence}.` },
});
const quote = (id: string, article: typeof rome | null): EntityQuote => ({
  id,
  text: "a disaster",
  kind: "PARTIAL",
  channel: null,
  article,
  evidence: { start: 10, text: "a disaster", sentence: { start: 0 } },
});
const event = (id: string, article: typeof rome | null): EntityEvent => ({
  id,
  title: "Trump abandons the JCPOA",
  date: {
    iso: "2018-05-08",
    precision: "DAY",
    text: "2018",
    basis: null,
    status: "OCCURRED",
    approximate: false,
  },
  location: null,
  article,
  evidence: [{ start: 40, text: "abandoned in 2018", sentence: { start: 30 } }],
});

describe("groupByArticle", () => {
  it("puts each fact under its own article, newest article first", () => {
    const groups = groupByArticle({
      quotes: [quote("q1", rome), quote("q2", muscat)],
      events: [event("e1", muscat)],
      mentions: [mention(rome, 12, 0), mention(muscat, 3, 0)],
    });
    expect(groups.map((g) => g.article?.slug)).toEqual(["muscat-talks", "smoke-in-rome"]);
    expect(groups[0]).toMatchObject({ quotes: [{ id: "q2" }], events: [{ id: "e1" }], mentionCount: 1 });
    expect(groups[1]).toMatchObject({ quotes: [{ id: "q1" }], events: [], mentionCount: 1 });
  });

  it("lists a sentence naming the entity twice once, but counts both mentions", () => {
    const [only] = groupByArticle({
      quotes: [],
      events: [],
      mentions: [mention(rome, 12, 0), mention(rome, 30, 0), mention(rome, 80, 70)],
    });
    expect(only?.mentionCount).toBe(3);
    expect(only?.sentences).toEqual([
      { start: 0, text: "Sentence at 0." },
      { start: 70, text: "Sentence at 70." },
    ]);
  });

  it("keeps facts with no article in a last group of their own", () => {
    const groups = groupByArticle({
      quotes: [quote("q1", null)],
      events: [],
      mentions: [mention(rome, 1, 0)],
    });
    expect(groups.map((g) => g.article?.slug ?? null)).toEqual(["smoke-in-rome", null]);
  });

  it("names a mention's article by its slug when the API has no title for it", () => {
    const orphan = { ...mention(rome, 1, 0), article: null };
    expect(groupByArticle({ quotes: [], events: [], mentions: [orphan] })[0]?.article).toEqual({
      slug: "smoke-in-rome",
      title: "smoke-in-rome",
      publishedAt: "",
    });
  });
});
