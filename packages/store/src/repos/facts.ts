import type { EntityKind } from "@quizwire/content";
import { type AnyColumn, getTableColumns, type SQL, sql, type Table } from "drizzle-orm";
import type { Db } from "../db.js";
import * as schema from "../schema/index.js";
import type {
  EntityRow,
  EventRow,
  MentionRow,
  ParticipantRow,
  QuoteRow,
  RelationRow,
  RoleRow,
} from "../types.js";
import { groupByKey } from "./group.js";
import { toEntity, toEvent, toQuote, toRelation, toRole } from "./map.js";

/**
 * One list of an article's facts, and what hangs off it that the caller will ask for next. The
 * extras are the same rows the batched lookups return (`rolesByEntityIds`, `entitiesByIds`, …), in
 * the same order, so a caller can prime its per-key caches with them.
 */
export type FactsPart =
  | { list: "entities"; kind?: EntityKind | null; roles?: boolean; mentions?: boolean }
  | { list: "quotes"; speakers?: boolean }
  | { list: "events"; participants?: boolean; locations?: boolean }
  | { list: "relations" };

export interface FactsKey {
  articleId: string;
  part: FactsPart;
}

/** The facts of one key: `rows` in the list's order; the extras only when the part asked for them. */
export interface ArticleFacts {
  part: FactsPart;
  rows: EntityRow[] | QuoteRow[] | EventRow[] | RelationRow[];
  /** Entities the rows point to (speakers, locations, participants), each once. */
  entities: EntityRow[];
  /** Per entity of `rows` (entities part), in the order of `rolesByEntityIds`. */
  roles: Map<string, RoleRow[]> | null;
  /** Per entity of `rows` (entities part), in the order of `mentionsByEntityIds`. */
  mentions: Map<string, MentionRow[]> | null;
  /** Per event of `rows` (events part), in the order of `participantsByEventIds`. */
  participants: Map<string, ParticipantRow[]> | null;
}

/**
 * Facts of many articles in ONE SQL statement: the database builds each key's lists as JSON, so
 * the whole graph of an article (entities with roles and mentions, quotes with speakers, events with
 * participants and places) costs one round trip instead of one per list. Results in key order.
 */
export function facts(db: Db) {
  return {
    async articleFacts(keys: readonly FactsKey[]): Promise<ArticleFacts[]> {
      if (keys.length === 0) return [];
      // Keys with the same part share one SELECT over the unnested article ids.
      const groups = new Map<string, { part: FactsPart; at: number[]; ids: string[] }>();
      keys.forEach((key, at) => {
        const signature = JSON.stringify(normalise(key.part));
        let group = groups.get(signature);
        if (!group) {
          group = { part: normalise(key.part), at: [], ids: [] };
          groups.set(signature, group);
        }
        group.at.push(at);
        group.ids.push(key.articleId);
      });
      const selects = [...groups.values()].map((g, n) => {
        const ids = sql.join(
          g.ids.map((id) => sql`${id}::text`),
          sql`, `,
        );
        return sql`select ${n}::int as "group", k.i::int as "index", ${partJson(g.part)} as "facts"
          from unnest(array[${ids}]) with ordinality as k(id, i)`;
      });
      const result = (await db.execute(sql.join(selects, sql` union all `))) as unknown as {
        rows: { group: number; index: number; facts: unknown }[];
      };
      const out = new Array<ArticleFacts>(keys.length);
      const list = [...groups.values()];
      for (const row of result.rows) {
        const group = list[Number(row.group)]!;
        const at = group.at[Number(row.index) - 1]!;
        const json = (typeof row.facts === "string" ? JSON.parse(row.facts) : row.facts) as FactsJson;
        out[at] = decode(group.part, json);
      }
      return out;
    },
  };
}

const normalise = (part: FactsPart): FactsPart => {
  switch (part.list) {
    case "entities":
      return { list: "entities", kind: part.kind ?? null, roles: !!part.roles, mentions: !!part.mentions };
    case "quotes":
      return { list: "quotes", speakers: !!part.speakers };
    case "events":
      return { list: "events", participants: !!part.participants, locations: !!part.locations };
    case "relations":
      return { list: "relations" };
  }
};

interface FactsJson {
  rows: Record<string, unknown>[] | null;
  entities?: Record<string, unknown>[] | null;
  roles?: Record<string, unknown>[] | null;
  mentions?: Record<string, unknown>[] | null;
  participants?: Record<string, unknown>[] | null;
}

/** `json_build_object` of every column of `table` under its TypeScript key, read from `alias`. */
function rowObject(table: Table, alias: string): SQL {
  const pairs = Object.entries(getTableColumns(table)).map(
    ([key, column]) => sql`${sql.raw(`'${key}'`)}, ${sql.raw(`${alias}."${column.name}"`)}`,
  );
  return sql`json_build_object(${sql.join(pairs, sql`, `)})`;
}

/** A row of `rowObject` decoded as drizzle decodes the columns of a select (dates, arrays, JSON). */
function decodeRow<T extends Table>(table: T, json: Record<string, unknown>): T["$inferSelect"] {
  const out: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table)) as [string, AnyColumn][]) {
    const value = json[key];
    out[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return out as T["$inferSelect"];
}

const agg = (object: SQL, from: SQL, order: SQL) =>
  sql`(select coalesce(json_agg(${object} order by ${order}), '[]'::json) ${from})`;

/** The JSON of one part for the article `k.id` (the unnested key). */
function partJson(part: FactsPart): SQL {
  const fields: SQL[] = [];
  const add = (name: string, value: SQL) => fields.push(sql`${sql.raw(`'${name}'`)}, ${value}`);
  const entity = rowObject(schema.entities, "e");
  switch (part.list) {
    case "entities": {
      const kind = part.kind ? sql` and e.kind = ${part.kind}` : sql``;
      const ofArticle = sql`from article_entities ae join entities e on e.id = ae.entity_id
        where ae.article_id = k.id${kind}`;
      add("rows", agg(entity, ofArticle, sql`ae.position`));
      const ids = sql`(select ae.entity_id ${ofArticle})`;
      if (part.roles)
        add(
          "roles",
          agg(
            rowObject(schema.entityRoles, "r"),
            sql`from entity_roles r where r.entity_id in ${ids}`,
            sql`r.article_id, r.position`,
          ),
        );
      if (part.mentions)
        add(
          "mentions",
          agg(
            sql`json_build_object('entityId', m.entity_id, 'articleId', m.article_id, 'articleSlug', a.slug,
              'start', m.start, 'end', m."end", 'text', m.text)`,
            sql`from mentions m join articles a on a.id = m.article_id where m.entity_id in ${ids}`,
            sql`a.published_at desc, a.id, m.start`,
          ),
        );
      break;
    }
    case "quotes":
      add(
        "rows",
        agg(rowObject(schema.quotes, "q"), sql`from quotes q where q.article_id = k.id`, sql`q.position`),
      );
      if (part.speakers)
        add(
          "entities",
          agg(
            entity,
            sql`from entities e where e.id in (select q.speaker_id from quotes q where q.article_id = k.id)`,
            sql`e.id`,
          ),
        );
      break;
    case "events": {
      add(
        "rows",
        agg(rowObject(schema.events, "ev"), sql`from events ev where ev.article_id = k.id`, sql`ev.sort_key`),
      );
      if (part.participants)
        add(
          "participants",
          agg(
            sql`json_build_object('eventId', p.event_id, 'entityId', p.entity_id, 'role', p.role)`,
            sql`from event_participants p where p.event_id in (select ev.id from events ev where ev.article_id = k.id)`,
            sql`p.event_id, p.position`,
          ),
        );
      const referenced: SQL[] = [];
      if (part.participants)
        referenced.push(
          sql`select p.entity_id from event_participants p join events ev on ev.id = p.event_id where ev.article_id = k.id`,
        );
      if (part.locations)
        referenced.push(sql`select ev.location_id from events ev where ev.article_id = k.id`);
      if (referenced.length > 0)
        add(
          "entities",
          agg(entity, sql`from entities e where e.id in (${sql.join(referenced, sql` union `)})`, sql`e.id`),
        );
      break;
    }
    case "relations":
      add(
        "rows",
        agg(
          rowObject(schema.relations, "rl"),
          sql`from relations rl where rl.article_id = k.id`,
          sql`rl.position`,
        ),
      );
      break;
  }
  return sql`json_build_object(${sql.join(fields, sql`, `)})`;
}

function decode(part: FactsPart, json: FactsJson): ArticleFacts {
  const list = json.rows ?? [];
  const entities = (json.entities ?? []).map((e) => toEntity(decodeRow(schema.entities, e)));
  const result: ArticleFacts = { part, rows: [], entities, roles: null, mentions: null, participants: null };
  switch (part.list) {
    case "entities": {
      const rows = list.map((e) => toEntity(decodeRow(schema.entities, e)));
      const ids = rows.map((e) => e.id);
      result.rows = rows;
      if (json.roles)
        result.roles = grouped(
          ids,
          json.roles.map((r) => toRole(decodeRow(schema.entityRoles, r))),
          (r) => r.entityId,
        );
      if (json.mentions)
        result.mentions = grouped(ids, json.mentions as unknown as MentionRow[], (m) => m.entityId);
      break;
    }
    case "quotes":
      result.rows = list.map((q) => toQuote(decodeRow(schema.quotes, q)));
      break;
    case "events": {
      const rows = list.map((e) => toEvent(decodeRow(schema.events, e)));
      result.rows = rows;
      if (json.participants)
        result.participants = grouped(
          rows.map((e) => e.id),
          json.participants as unknown as ParticipantRow[],
          (p) => p.eventId,
        );
      break;
    }
    case "relations":
      result.rows = list.map((r) => toRelation(decodeRow(schema.relations, r)));
      break;
  }
  return result;
}

function grouped<T>(keys: string[], rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const lists = groupByKey(keys, rows, keyOf);
  return new Map(keys.map((k, i) => [k, lists[i]!]));
}
