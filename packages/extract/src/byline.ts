import type { Entity } from "@quizwire/content";
import type { IdPool } from "./ids.js";

/**
 * The author named in a byline ("By Debra A Smith", "Debra A Smith for TROIB News") as a person
 * with no mentions in the body; reuses a person of that name already found.
 */
export function bylineAuthor(
  byline: string | undefined,
  entities: Entity[],
  ids: IdPool,
): Entity | undefined {
  if (!byline) return undefined;
  const name = byline
    .replace(/^by\s+/i, "")
    .replace(/\s+(?:for|of|at|,)\s+.*$/i, "")
    .replace(/,.*$/, "")
    .trim();
  if (!/^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u.test(name)) return undefined;
  const known = entities.find((e) => e.kind === "PERSON" && e.name === name);
  if (known) return known;
  return {
    id: ids.take(name),
    kind: "PERSON",
    name,
    aliases: [],
    description: "author of the article (byline)",
    roles: [],
    mentions: [],
    provenance: { method: "HEURISTIC", confidence: 0.9, status: "DRAFT" },
  };
}
