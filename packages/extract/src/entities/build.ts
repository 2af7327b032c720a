import type { Entity, Role, Span } from "@quizwire/content";
import { IdPool } from "../ids.js";
import type { Mention } from "./mention.js";

/** A mention with the id of the entity it was grouped into. */
export type LinkedMention = Mention & { entityId: string };

export interface EntityTable {
  entities: Entity[];
  mentions: LinkedMention[];
}

const PLACE = new Set(["COUNTRY", "CITY", "REGION"]);

/**
 * Groups mentions into entities (same kind and key), choosing the fullest name, listing the other
 * spellings as aliases and collecting the posts written beside the name as roles. Demonyms
 * ("Iranian") count only for a country the text also names.
 */
export function buildEntities(all: Mention[], ids: IdPool = new IdPool()): EntityTable {
  const named = new Set(all.filter((m) => !m.demonym).map((m) => `${m.kind}|${m.key}`));
  const mentions = all.filter((m) => !m.demonym || named.has(`${m.kind}|${m.key}`));
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const group = `${PLACE.has(m.kind) ? "PLACE" : m.kind}|${m.key}`;
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group)!.push(m);
  }
  const entities: Entity[] = [];
  const linked: LinkedMention[] = [];
  for (const group of groups.values()) {
    const first = group.find((m) => m.text === m.key) ?? group[0]!;
    const id = ids.take(first.key);
    const aliases = [...new Set(group.map((m) => m.text))].filter((t) => t !== first.key);
    const best = group.reduce((a, b) => (b.confidence > a.confidence ? b : a));
    entities.push({
      id,
      kind: first.kind,
      name: first.key,
      aliases,
      roles: roles(group),
      mentions: group.map((m): Span => ({ start: m.start, end: m.end, text: m.text })),
      provenance: { method: best.method, confidence: round(best.confidence), status: "DRAFT" },
    });
    for (const m of group) linked.push({ ...m, entityId: id });
  }
  linked.sort((a, b) => a.start - b.start);
  return { entities, mentions: linked };
}

function roles(group: Mention[]): Role[] {
  const byTitle = new Map<string, Role>();
  for (const m of group) {
    if (!m.title) continue;
    const evidence: Span = { start: m.title.start, end: m.title.end, text: m.title.text };
    const role = byTitle.get(m.title.text);
    if (role) role.evidence.push(evidence);
    else byTitle.set(m.title.text, { title: m.title.text, former: m.title.former, evidence: [evidence] });
  }
  return [...byTitle.values()];
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
