import { eq, sql } from "drizzle-orm";
import type { Db } from "../db.js";
import * as schema from "../schema/index.js";

/** Deletes every fact drawn from one article (children before parents), keeping the article row. */
export async function deleteArticleFacts(db: Db, articleId: string): Promise<void> {
  await db.delete(schema.quotes).where(eq(schema.quotes.articleId, articleId));
  await db.delete(schema.relations).where(eq(schema.relations.articleId, articleId));
  await db.delete(schema.eventParticipants).where(eq(schema.eventParticipants.articleId, articleId));
  await db.delete(schema.events).where(eq(schema.events.articleId, articleId));
  await db.delete(schema.mentions).where(eq(schema.mentions.articleId, articleId));
  await db.delete(schema.entityRoles).where(eq(schema.entityRoles.articleId, articleId));
  await db.delete(schema.articleEntities).where(eq(schema.articleEntities.articleId, articleId));
}

/** Removes entities no article declares and no fact points to any more. */
export async function deleteOrphanEntities(db: Db): Promise<void> {
  await db.execute(sql`
    delete from entities e
    where not exists (select 1 from article_entities x where x.entity_id = e.id)
      and not exists (select 1 from mentions x where x.entity_id = e.id)
      and not exists (select 1 from entity_roles x where x.entity_id = e.id or x.of_id = e.id)
      and not exists (select 1 from quotes x where x.speaker_id = e.id or x.channel_entity_id = e.id)
      and not exists (select 1 from events x where x.location_id = e.id)
      and not exists (select 1 from event_participants x where x.entity_id = e.id)
      and not exists (select 1 from relations x where x.subject_id = e.id or x.object_id = e.id)`);
}
