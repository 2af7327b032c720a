import { listCuratedArticles } from "@quizwire/content";
import { describe, expect, it } from "vitest";
import { backends, useTestDb } from "./backends.js";

const curated = listCuratedArticles();

describe.each(backends)("seed on $name", (backend) => {
  const db = useTestDb(backend);

  it("loads every curated article of @quizwire/content, then nothing on a second run", async () => {
    expect(curated.length).toBeGreaterThan(0);
    const first = await db().store.seed();
    expect(first.map((r) => r.slug)).toEqual(curated.map((a) => a.article.slug));
    expect(first.every((r) => r.changed)).toBe(true);
    const second = await db().store.seed();
    expect(second.every((r) => !r.changed)).toBe(true);
  });

  it("rebuilds each curated file exactly", async () => {
    for (const article of curated) {
      const { $schema: _ignored, ...content } = article;
      expect(await db().store.annotatedArticle(article.article.slug)).toEqual(content);
    }
  });

  it("answers a whole-article query in a fixed number of statements, whatever the entity count", async () => {
    const slug = curated[0]!.article.slug;
    db().resetCount();
    const [article] = await db().store.articlesBySlugs([slug]);
    const id = article!.id;
    const [[entities], [quotes], [events], [relations]] = await Promise.all([
      db().store.entitiesByArticleIds([id]),
      db().store.quotesByArticleIds([id]),
      db().store.eventsByArticleIds([id]),
      db().store.relationsByArticleIds([id]),
    ]);
    const entityIds = entities!.map((e) => e.id);
    const eventIds = events!.map((e) => e.id);
    await Promise.all([
      db().store.rolesByEntityIds(entityIds),
      db().store.mentionsByEntityIds(entityIds),
      db().store.quotesBySpeakerIds(entityIds),
      db().store.eventsByEntityIds(entityIds),
      db().store.participantsByEventIds(eventIds),
      db().store.entitiesByIds([...quotes!.map((q) => q.speakerId), ...relations!.map((r) => r.objectId)]),
      db().store.sentencesAt(quotes!.map((q) => ({ articleId: id, start: q.evidence.start }))),
    ]);
    expect(entityIds.length).toBeGreaterThan(10);
    expect(db().statements).toHaveLength(12);
  });
});
