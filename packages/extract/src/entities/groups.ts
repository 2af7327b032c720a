import { lexicon } from "./lexicon.js";
import type { Mention } from "./mention.js";

/** Two sides spoken of together: "both parties", "the two sides". */
const PAIR =
  /\b(?:[Bb]oth|[Tt]he two)\s+(?:parties|sides|countries|governments|delegations|leaders|camps)\b/g;
/** A faction by its head noun: "a competing faction", "the hawkish camp", "the faction". */
const FACTION =
  /\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]his|[Tt]hat)\s+((?:[a-z-]+\s+){0,2}?)(faction|camp|wing)\b/g;
/** Officials of a country: "Iranian officials", "US diplomats" (the first word must be in the gazetteer). */
const OFFICIALS =
  /\b(\p{Lu}[\p{L}.]*)\s+(?:government\s+)?(?:officials|diplomats|negotiators|lawmakers|leaders|authorities)\b/gu;
/** The press as a body: "major international media outlets", "several newspapers". */
const MEDIA =
  /\b((?:(?:major|international|foreign|local|western|state|leading|several|many|some)\s+)*)(media outlets|news outlets|news organi[sz]ations|newspapers)\b/gi;
/** Blocs named by a common noun: "the West", "the international community". */
const BLOC = /\b[Tt]he\s+(?:West|international community)\b(?!\s+\p{Lu})/gu;

const QUANTIFIER = /^(?:several|many|some)\s+/i;

/**
 * Groups that act or speak as one, named by a common-noun phrase rather than a proper name: the two
 * sides of a talk, a faction, a country's officials, the media, a bloc. Each becomes a GROUP
 * mention (same key, same entity), so "Both parties characterized …" has a speaker and "They" can
 * point back to it. Determiners and quantifiers are left out of the name.
 */
export function findGroupMentions(body: string): Mention[] {
  const out: Mention[] = [];
  const add = (start: number, text: string, key: string, confidence: number) =>
    out.push({ start, end: start + text.length, text, kind: "GROUP", key, method: "HEURISTIC", confidence });
  let pairKey: string | undefined;
  for (const m of body.matchAll(PAIR)) {
    pairKey ??= m[0];
    add(m.index, m[0], pairKey, 0.6);
  }
  const lastFaction = new Map<string, string>();
  for (const m of body.matchAll(FACTION)) {
    const head = m[2]!;
    const named = `${m[1]!}${head}`;
    const at = m.index + m[0].length - named.length;
    // "the faction" alone is the faction last named with that head noun.
    const key = m[1] ? named : (lastFaction.get(head) ?? named);
    lastFaction.set(head, key);
    add(at, named, key, 0.55);
  }
  const names = lexicon().names;
  for (const m of body.matchAll(OFFICIALS)) {
    const entry = names.get(m[1]!);
    if (entry?.kind !== "COUNTRY") continue;
    add(m.index, m[0], m[0], 0.6);
  }
  for (const m of body.matchAll(MEDIA)) {
    const text = m[0].replace(QUANTIFIER, "");
    add(m.index + m[0].length - text.length, text, text.toLowerCase(), 0.55);
  }
  for (const m of body.matchAll(BLOC)) add(m.index, m[0], `the ${m[0].slice(4)}`, 0.6);
  return out.sort((a, b) => a.start - b.start);
}
