import type { Range } from "@quizwire/content";
import nlp from "compromise";
import { sentenceAt } from "../quotes/sentence-index.js";
import type { Mention } from "./mention.js";

/**
 * A second opinion from compromise for single capitalised words nothing else could type: true when
 * compromise reads the word as a person in its sentence. Only a hint: compromise misses many people
 * ("Trump", "Araghchi"), so it never overrides the registry or the gazetteer.
 */
export function compromisePersonHint(body: string, sentences: Range[]): (m: Mention) => boolean {
  const cache = new Map<number, Set<string>>();
  return (m) => {
    const k = sentenceAt(sentences, m.start);
    let people = cache.get(k);
    if (!people) {
      const s = sentences[k]!;
      const names = nlp(body.slice(s.start, s.end)).people().out("array") as string[];
      people = new Set(names.flatMap((n) => n.split(/[^\p{L}]+/u)).filter(Boolean));
      cache.set(k, people);
    }
    return people.has(m.text);
  };
}
