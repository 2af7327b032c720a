import type { EntityKind } from "@quizwire/content";
import { CITY_LINES, COUNTRY_LINES, REGION_LINES } from "./gazetteer.data.js";
import { HONORIFICS, ORGANIZATION_LINES, TITLE_HEADS, TITLES } from "./registry.data.js";

/** A known name: what it stands for and how it was known. */
export interface LexiconEntry {
  /** The canonical name ("United States" for "US"). */
  name: string;
  kind: EntityKind;
  method: "GAZETTEER" | "ALIAS_REGISTRY";
  /** True when the text was a demonym ("Iranian" for Iran). */
  demonym?: boolean;
}

export interface Lexicon {
  /** Exact, case-sensitive surface forms. */
  names: Map<string, LexiconEntry>;
  /** Longest known name, in words, to bound phrase matching. */
  maxWords: number;
  titles: Set<string>;
  titleHeads: Set<string>;
  honorifics: Set<string>;
}

let cached: Lexicon | undefined;

/** The gazetteer and registry as one lookup table, built once. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const names = new Map<string, LexiconEntry>();
  const add = (text: string, entry: LexiconEntry) => {
    if (text && !names.has(text)) names.set(text, entry);
  };
  for (const line of ORGANIZATION_LINES.split("\n")) {
    const [name = "", kind = "ORGANIZATION", aliases = ""] = line.split("|");
    const entry: LexiconEntry = { name, kind: kind as EntityKind, method: "ALIAS_REGISTRY" };
    add(name, entry);
    for (const a of aliases.split(",")) add(a, entry);
  }
  for (const line of COUNTRY_LINES.split("\n")) {
    const [name = "", capital = "", demonyms = "", aliases = ""] = line.split("|");
    const entry: LexiconEntry = { name, kind: "COUNTRY", method: "GAZETTEER" };
    add(name, entry);
    for (const a of aliases.split(",")) add(a, entry);
    for (const d of demonyms.split(",")) add(d, { ...entry, demonym: true });
    if (capital !== name) add(capital, { name: capital, kind: "CITY", method: "GAZETTEER" });
  }
  for (const line of CITY_LINES.split("\n")) {
    const [name = ""] = line.split("|");
    add(name, { name, kind: "CITY", method: "GAZETTEER" });
  }
  for (const line of REGION_LINES.split("\n")) {
    const [name = ""] = line.split("|");
    add(name, { name, kind: "REGION", method: "GAZETTEER" });
  }
  let maxWords = 1;
  for (const k of names.keys()) maxWords = Math.max(maxWords, k.split(/\s+/).length);
  cached = {
    names,
    maxWords,
    titles: new Set(TITLES),
    titleHeads: new Set(TITLE_HEADS),
    honorifics: new Set(HONORIFICS),
  };
  return cached;
}
