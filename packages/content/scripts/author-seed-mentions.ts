import type { Span } from "../src/schema/span.js";

/** The names an entity goes by: its name first, then its aliases. */
export interface Named {
  id: string;
  name: string;
  aliases: readonly string[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Finds every mention of every entity: each whole-word, case-sensitive occurrence of a name or alias
 * ("Iran" does not match inside "Iranian"; a possessive "’s" stays outside). Mentions are flat: the
 * longest name wins and a shorter one nested inside it is not a mention, so "Trump administration"
 * is the administration and not also Trump. Throws when two entities share a name or an alias never
 * occurs, since both mean the annotation is wrong.
 */
export function findMentions(body: string, entities: readonly Named[]): Map<string, Span[]> {
  const owner = new Map<string, string>();
  const candidates: { id: string; start: number; end: number }[] = [];
  for (const entity of entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      const previous = owner.get(name);
      if (previous && previous !== entity.id)
        throw new Error(`"${name}" names both ${previous} and ${entity.id}`);
      owner.set(name, entity.id);
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "gu");
      const found = [...body.matchAll(pattern)];
      if (found.length === 0 && name !== entity.name) {
        throw new Error(`alias "${name}" of ${entity.id} never occurs in the body as a whole word`);
      }
      for (const m of found) candidates.push({ id: entity.id, start: m.index, end: m.index + name.length });
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const claimed: { start: number; end: number }[] = [];
  const out = new Map<string, Span[]>(entities.map((e) => [e.id, []]));
  for (const c of candidates) {
    if (claimed.some((s) => c.start < s.end && s.start < c.end)) continue;
    claimed.push(c);
    out.get(c.id)!.push({ start: c.start, end: c.end, text: body.slice(c.start, c.end) });
  }
  for (const spans of out.values()) spans.sort((a, b) => a.start - b.start);
  return out;
}
