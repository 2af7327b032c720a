import type { Entity } from "@quizwire/content";

/** A name reduced for comparison: lower case, no accents, no leading "the", no punctuation. */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/[’']s$/, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Every normalised name an entity goes by. */
export function namesOf(e: Entity): Set<string> {
  return new Set([e.name, ...e.aliases].map(normaliseName).filter(Boolean));
}

/** True when two entities share a name or alias. */
export function sameEntity(a: Entity, b: Entity): boolean {
  const names = namesOf(b);
  return [...namesOf(a)].some((n) => names.has(n));
}
