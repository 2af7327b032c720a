import type { EntityKind, Method } from "@quizwire/content";
import type { Token } from "../text/tokens.js";
import { AGREEMENT_WORDS, LAW_WORDS, MEDIA_LAST_WORDS, MEDIA_WORDS, ORG_WORDS } from "./registry.data.js";
import { isCommonWord, isGivenName, isProperOnly } from "./words.js";

const ORG = new Set<string>(ORG_WORDS);
const AGREEMENT = new Set<string>(AGREEMENT_WORDS);
const LAW = new Set<string>(LAW_WORDS);
const MEDIA = new Set<string>(MEDIA_WORDS);
const MEDIA_LAST = new Set<string>(MEDIA_LAST_WORDS);

/** The verdict on an unknown name; `undefined` kind means "a single word: decide later". */
export interface Verdict {
  kind?: EntityKind;
  method: Method;
  confidence: number;
}

/**
 * Types a capitalised name that neither the gazetteer nor the registry knows, from its own words:
 * organisation and agreement words, a post or honorific in front, the shape of a personal name.
 */
export function classifyName(
  tokens: Token[],
  afterTitle: boolean,
  honorific: boolean,
  lowerWords: Set<string>,
  hasPlace: boolean,
): Verdict | null {
  const words = tokens.map((t) => t.text);
  const last = words[words.length - 1]!;
  if (AGREEMENT.has(last)) return { kind: "AGREEMENT", method: "HEURISTIC", confidence: 0.6 };
  if (LAW.has(last) && words.length > 1) return { kind: "LAW", method: "HEURISTIC", confidence: 0.6 };
  if (words.length > 1 && (MEDIA_LAST.has(last) || words.some((w) => MEDIA.has(w))))
    return { kind: "MEDIA_OUTLET", method: "HEURISTIC", confidence: 0.6 };
  if (words.some((w) => ORG.has(w))) {
    return words.length > 1 || /^[A-Z]{2,}$/.test(last)
      ? { kind: "ORGANIZATION", method: "HEURISTIC", confidence: 0.6 }
      : null;
  }
  if (afterTitle && looksLikeName(words)) return { kind: "PERSON", method: "TITLE_PATTERN", confidence: 0.9 };
  if (honorific && looksLikeName(words.slice(1)))
    return { kind: "PERSON", method: "TITLE_PATTERN", confidence: 0.85 };
  if (words.length === 1) {
    if (/^[A-Z]{2,6}$/.test(last)) return { kind: "ORGANIZATION", method: "HEURISTIC", confidence: 0.4 };
    return { method: "NER", confidence: 0.5 };
  }
  if (words.length > 4 || !looksLikeName(words)) return null;
  if (hasPlace) return { kind: "ORGANIZATION", method: "HEURISTIC", confidence: 0.4 };
  // "Anne Hidalgo": a surname compromise knows only as a place is still a surname after a given name.
  if (isGivenName(words[0]!) && (!isCommonWord(last, lowerWords) || isProperOnly(last)))
    return { kind: "PERSON", method: "NER", confidence: 0.8 };
  if (words.some((w) => w.length > 1 && isCommonWord(w, lowerWords))) return null;
  return { kind: "PERSON", method: "NER", confidence: 0.6 };
}

/** Given names and surnames: capitalised words, initials ("A", "J."), particles ("bin", "van"). */
export function looksLikeName(words: string[]): boolean {
  if (words.length === 0 || words.length > 4) return false;
  return words.every(
    (w, i) =>
      /^\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}]+)?$/u.test(w) ||
      /^\p{Lu}[\p{Ll}]*\p{Lu}[\p{Ll}]+$/u.test(w) ||
      /^[A-Z]\.?$/.test(w) ||
      (/^[A-Z]{2}$/.test(w) && i < words.length - 1) ||
      (i > 0 && /^(?:bin|van|von|de|da|del|al|la|le)$/.test(w)),
  );
}
