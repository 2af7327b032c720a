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
import { toEntity, toEvent, toQuote, toRelation, toRole } from "./map.js";

/**
 * One list of an article's facts, and what hangs off its rows that the caller will ask for next.
 * The extras are the rows the batched lookups return (`rolesByEntityIds`, `mentionsByEntityIds`,
 * `participantsByEventIds`), in the same order, so a caller can prime its per-key caches with them.
 */
export type FactsPart =
  | { list: "entities"; kind?: EntityKind | null; roles?: boolean; mentions?: boolean }
  | { list: "quotes" }
  | { list: "events"; participants?: boolean }
  | { list: "relations" };

export interface FactsKey {
  articleId: string;
  part: FactsPart;
}

/** The facts of one key: `rows` in the list's order; the extras only when the part asked for them. */
export interface ArticleFacts {
  part: FactsPart;
  rows: EntityRow[] | QuoteRow[] | EventRow[] | RelationRow[];
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
        return sql`select ${sql.raw(String(n))} as "group", k.i::int as "index", ${partJson(g.part)} as "facts"
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
        const items = (typeof row.facts === "string" ? JSON.parse(row.facts) : row.facts) as Item[];
        out[at] = decode(group.part, items);
      }
      return out;
    },
  };
}

const normalise = (part: FactsPart): FactsPart => {
  switch (part.list) {
    case "entities":
      return { list: "entities", kind: part.kind ?? null, roles: !!part.roles, mentions: !!part.mentions };
    case "events":
      return { list: "events", participants: !!part.participants };
    default:
      return { list: part.list };
  }
};

type Json = Record<string, unknown>;

/** A row as JSON (`to_json`), keyed by column name, decoded as drizzle decodes a select's columns. */
function decodeRow<T extends Table>(table: T, json: Json): T["$inferSelect"] {
  const out: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table)) as [string, AnyColumn][]) {
    const value = json[column.name];
    out[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return out as T["$inferSelect"];
}

const list = (object: SQL, from: SQL, order: SQL) =>
  sql`(select coalesce(json_agg(${object} order by ${order}), '[]'::json) ${from})`;

/**
 * The JSON list of one part for the article `k.id` (the unnested key). What hangs off a row is a
 * subquery per row on an index (entity_id, event_id): on PGlite that costs far less than joining
 * the article's rows to all of them and grouping.
 */
function partJson(part: FactsPart): SQL {
  switch (part.list) {
    case "entities": {
      const fields = [sql`'row', to_json(e)`];
      if (part.roles)
        fields.push(
          sql`'roles', ${list(sql`to_json(r)`, sql`from entity_roles r where r.entity_id = e.id`, sql`r.article_id, r.position`)}`,
        );
      if (part.mentions)
        fields.push(
          sql`'mentions', ${list(
            sql`json_build_object('entityId', m.entity_id, 'articleId', m.article_id, 'articleSlug', a.slug,
              'start', m.start, 'end', m."end", 'text', m.text)`,
            sql`from mentions m join articles a on a.id = m.article_id where m.entity_id = e.id`,
            sql`a.published_at desc, a.id, m.start`,
          )}`,
        );
      const kind = part.kind ? sql` and e.kind = ${part.kind}` : sql``;
      return list(
        sql`json_build_object(${sql.join(fields, sql`, `)})`,
        sql`from article_entities ae join entities e on e.id = ae.entity_id where ae.article_id = k.id${kind}`,
        sql`ae.position`,
      );
    }
    case "quotes":
      return list(
        sql`json_build_object('row', to_json(q))`,
        sql`from quotes q where q.article_id = k.id`,
        sql`q.position`,
      );
    case "events": {
      const fields = [sql`'row', to_json(ev)`];
      if (part.participants)
        fields.push(
          sql`'participants', ${list(
            sql`json_build_object('eventId', p.event_id, 'entityId', p.entity_id, 'role', p.role)`,
            sql`from event_participants p where p.event_id = ev.id`,
            sql`p.position`,
          )}`,
        );
      return list(
        sql`json_build_object(${sql.join(fields, sql`, `)})`,
        sql`from events ev where ev.article_id = k.id`,
        sql`ev.sort_key`,
      );
    }
    case "relations":
      return list(
        sql`json_build_object('row', to_json(rl))`,
        sql`from relations rl where rl.article_id = k.id`,
        sql`rl.position`,
      );
  }
}

interface Item {
  row: Json;
  roles?: Json[];
  mentions?: MentionRow[];
  participants?: ParticipantRow[];
}

function decode(part: FactsPart, items: Item[]): ArticleFacts {
  const result: ArticleFacts = { part, rows: [], roles: null, mentions: null, participants: null };
  switch (part.list) {
    case "entities": {
      const rows = items.map((x) => toEntity(decodeRow(schema.entities, x.row)));
      result.rows = rows;
      if (part.roles)
        result.roles = new Map(
          rows.map((e, i) => [
            e.id,
            (items[i]!.roles ?? []).map((r) => toRole(decodeRow(schema.entityRoles, r))),
          ]),
        );
      if (part.mentions) result.mentions = new Map(rows.map((e, i) => [e.id, items[i]!.mentions ?? []]));
      break;
    }
    case "quotes":
      result.rows = items.map((x) => toQuote(decodeRow(schema.quotes, x.row)));
      break;
    case "events": {
      const rows = items.map((x) => toEvent(decodeRow(schema.events, x.row)));
      result.rows = rows;
      if (part.participants)
        result.participants = new Map(rows.map((e, i) => [e.id, items[i]!.participants ?? []]));
      break;
    }
    case "relations":
      result.rows = items.map((x) => toRelation(decodeRow(schema.relations, x.row)));
      break;
  }
  return result;
}
