import { beforeAll, describe, expect, it } from "vitest";
import { backends, useTestDb } from "./backends.js";
import { romeArticle } from "./fixtures/rome.js";
import { secondArticle } from "./fixtures/second.js";

const ROME = "smoke-test-rome";
const SECOND = "second-talks";

describe.each(backends)("batched lookups on $name", (backend) => {
  const db = useTestDb(backend);
  beforeAll(async () => {
    await db().store.loadArticle(romeArticle());
    await db().store.loadArticle(secondArticle());
  });

  /** Runs a lookup, checking it sent exactly one statement. */
  async function once<T>(lookup: () => Promise<T>): Promise<T> {
    db().resetCount();
    const result = await lookup();
    expect(db().statements, db().statements.join("\n")).toHaveLength(1);
    return result;
  }

  it("articlesBySlugs / articlesByIds keep key order and give null for unknown keys", async () => {
    const bySlug = await once(() => db().store.articlesBySlugs([SECOND, "nope", ROME, SECOND]));
    expect(bySlug.map((a) => a?.id ?? null)).toEqual([SECOND, null, ROME, SECOND]);
    const byId = await once(() => db().store.articlesByIds([ROME, "nope"]));
    expect(byId.map((a) => a?.slug ?? null)).toEqual([ROME, null]);
    expect(byId[0]?.sentences.length).toBeGreaterThan(3);
  });

  it("entitiesByIds, quotesByIds, eventsByIds, relationsByIds", async () => {
    const ids = (rows: ({ id: string } | null)[]) => rows.map((r) => r?.id ?? null);
    expect(ids(await once(() => db().store.entitiesByIds(["rome", "x", "abbas-araghchi"])))).toEqual([
      "rome",
      null,
      "abbas-araghchi",
    ]);
    expect(ids(await once(() => db().store.quotesByIds(["q-oman-host", "q-constructive"])))).toEqual([
      "q-oman-host",
      "q-constructive",
    ]);
    expect(ids(await once(() => db().store.eventsByIds(["ev-report", "ev-withdrawal", "zz"])))).toEqual([
      "ev-report",
      "ev-withdrawal",
      null,
    ]);
    expect(ids(await once(() => db().store.relationsByIds(["r-martinez-reuters"])))).toEqual([
      "r-martinez-reuters",
    ]);
  });

  it("returns an empty result without a statement for no keys", async () => {
    db().resetCount();
    expect(await db().store.entitiesByIds([])).toEqual([]);
    expect(await db().store.eventsByArticleIds([])).toEqual([]);
    expect(db().statements).toHaveLength(0);
  });

  it("maps a quote with its evidence span and article", async () => {
    const [quote] = await db().store.quotesByIds(["q-constructive"]);
    expect(quote).toMatchObject({
      speakerId: "abbas-araghchi",
      kind: "DIRECT",
      channel: "to reporters",
      evidence: { articleId: ROME, text: '"The talks were constructive," Araghchí told reporters.' },
      provenance: { method: "CURATED", confidence: 1, status: "CURATED" },
    });
  });

  it("rolesByEntityIds", async () => {
    const roles = await once(() => db().store.rolesByEntityIds(["steve-witkoff", "abbas-araghchi"]));
    expect(roles[0]).toEqual([]);
    expect(roles[1]).toMatchObject([
      {
        title: "foreign minister",
        ofId: "iran",
        articleId: ROME,
        evidence: [{ text: "foreign minister", articleId: ROME }],
      },
    ]);
  });

  it("mentionsByEntityIds carries each mention's article", async () => {
    const [oman, araghchi] = await once(() => db().store.mentionsByEntityIds(["oman", "abbas-araghchi"]));
    expect(oman).toMatchObject([{ text: "Oman", articleSlug: SECOND }]);
    expect(araghchi!.map((m) => [m.articleSlug, m.text])).toEqual([
      [SECOND, "Abbas Araghchi"],
      [ROME, "Abbas Araghchí"],
      [ROME, "Araghchí"],
    ]);
  });

  it("quotesBySpeakerIds: newest article first", async () => {
    const [araghchi, witkoff] = await once(() =>
      db().store.quotesBySpeakerIds(["abbas-araghchi", "steve-witkoff"]),
    );
    expect(araghchi!.map((q) => q.id)).toEqual(["q-oman-host", "q-constructive"]);
    expect(witkoff!.map((q) => q.id)).toEqual(["q-next-round"]);
  });

  it("eventsByEntityIds: as participant or as location, chronological, no duplicates", async () => {
    const [rome, witkoff, reuters, oman] = await once(() =>
      db().store.eventsByEntityIds(["rome", "steve-witkoff", "reuters", "oman"]),
    );
    expect(rome!.map((e) => e.id)).toEqual(["ev-rome-meeting"]);
    expect(witkoff!.map((e) => e.id)).toEqual(["ev-rome-meeting"]);
    expect(reuters!.map((e) => e.id)).toEqual(["ev-report"]);
    expect(oman).toEqual([]);
  });

  it("entitiesByArticleIds in article order, with a kind filter", async () => {
    const [second, rome] = await once(() => db().store.entitiesByArticleIds([SECOND, ROME]));
    expect(second!.map((e) => e.id)).toEqual(["abbas-araghchi", "oman"]);
    expect(rome!.map((e) => e.id)).toEqual([
      "abbas-araghchi",
      "steve-witkoff",
      "iran",
      "rome",
      "united-states",
      "jcpoa",
      "jose-martinez",
      "reuters",
    ]);
    const [people] = await once(() => db().store.entitiesByArticleIds([ROME], { kind: "PERSON" }));
    expect(people!.map((e) => e.id)).toEqual(["abbas-araghchi", "steve-witkoff", "jose-martinez"]);
  });

  it("quotesByArticleIds and relationsByArticleIds in file order", async () => {
    const [quotes, none] = await once(() => db().store.quotesByArticleIds([ROME, "nope"]));
    expect(quotes!.map((q) => q.id)).toEqual(["q-constructive", "q-next-round"]);
    expect(none).toEqual([]);
    const [relations] = await once(() => db().store.relationsByArticleIds([ROME]));
    expect(relations).toMatchObject([
      { subjectId: "jose-martinez", predicate: "MEMBER_OF", objectId: "reuters" },
    ]);
  });

  it("eventsByArticleIds: chronological, a coarser date before the days it holds", async () => {
    const [events] = await once(() => db().store.eventsByArticleIds([ROME]));
    // 2018 (YEAR), April 2025 (MONTH) before April 19 and 21 (DAY), whatever the file order.
    expect(events!.map((e) => [e.id, e.date.iso, e.date.precision])).toEqual([
      ["ev-withdrawal", "2018", "YEAR"],
      ["ev-report", "2025-04", "MONTH"],
      ["ev-rome-meeting", "2025-04-19", "DAY"],
      ["ev-next-round", "2025-04-21", "DAY"],
    ]);
    expect(events![3]!.date).toMatchObject({ status: "SCHEDULED", approximate: true, text: "next week" });
  });

  it("participantsByEventIds in file order", async () => {
    const [meeting, round] = await once(() =>
      db().store.participantsByEventIds(["ev-rome-meeting", "ev-next-round"]),
    );
    expect(meeting!.map((p) => [p.entityId, p.role])).toEqual([
      ["abbas-araghchi", "delegation lead"],
      ["steve-witkoff", "delegation lead"],
    ]);
    expect(round).toEqual([]);
  });

  it("sentencesAt gives the sentence holding each span", async () => {
    const [quote] = await db().store.quotesByIds(["q-next-round"]);
    const keys = [
      { articleId: ROME, start: quote!.evidence.start },
      { articleId: "nope", start: 0 },
      { articleId: ROME, start: 0 },
    ];
    const [s1, missing, s0] = await once(() => db().store.sentencesAt(keys));
    expect(s1?.text).toBe("Witkoff said the next round would follow next week.");
    expect(missing).toBeNull();
    expect(s0).toMatchObject({ index: 0, start: 0, articleId: ROME });
    expect(s0?.text.startsWith("ROME — Iran's foreign minister")).toBe(true);
  });

  it("quizzesByIds keeps key order", async () => {
    const quiz = await db().store.createQuiz({ articleId: ROME, options: {}, seed: 1, questions: [] });
    const rows = await once(() => db().store.quizzesByIds(["nope", quiz.id]));
    expect(rows.map((r) => r?.id ?? null)).toEqual([null, quiz.id]);
  });
});
