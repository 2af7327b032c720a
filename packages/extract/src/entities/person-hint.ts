import type { Mention } from "./mention.js";
import { isNameWord } from "./words.js";

/**
 * A second opinion from compromise for single capitalised words nothing else could type: true when
 * compromise's lexicon lists the word as a personal name ("Obama"). Only a hint: compromise misses
 * many people ("Trump", "Araghchi"), so it never overrides the registry or the gazetteer. The
 * lexicon is used rather than compromise's tagger, which costs ten times the rest of the draft.
 */
export function compromisePersonHint(): (m: Mention) => boolean {
  return (m) => isNameWord(m.text);
}
