import type { Range } from "@quizwire/content";
import type { LinkedMention } from "../entities/build.js";
import type { Token } from "../text/tokens.js";

const PRONOUN = /^(?:he|she|him|her|his|hers|himself|herself)$/i;

/** A pronoun resolved to the person it stands for. */
export interface PronounLink {
  start: number;
  end: number;
  text: string;
  entityId: string;
  confidence: number;
}

/** The people the text is about, sentence by sentence, and who each pronoun stands for. */
export interface Coreference {
  pronouns: PronounLink[];
  /** The person a pronoun at this offset stands for, if resolved. */
  pronounAt(start: number): PronounLink | undefined;
  /** The person the text was about at this offset (for titles like "the president"). */
  salientAt(offset: number): string | undefined;
}

/**
 * Resolves he/she/his/her to a person: the first person named earlier in the same sentence, else
 * the person a previous sentence (up to three back) was about: its first person, named or by
 * pronoun. Surnames are linked to the full name earlier, in `linkMentions`.
 */
export function resolveCoreference(
  tokens: Token[],
  mentions: LinkedMention[],
  sentences: Range[],
  isPerson: (id: string) => boolean,
): Coreference {
  const people = mentions.filter((m) => isPerson(m.entityId));
  const salient: (string | undefined)[] = [];
  const pronouns: PronounLink[] = [];
  let t = 0;
  let p = 0;
  sentences.forEach((s, k) => {
    const items: { start: number; entityId?: string; token?: Token }[] = [];
    while (p < people.length && people[p]!.start < s.end) {
      if (people[p]!.start >= s.start) items.push({ start: people[p]!.start, entityId: people[p]!.entityId });
      p++;
    }
    while (t < tokens.length && tokens[t]!.start < s.end) {
      if (tokens[t]!.start >= s.start && PRONOUN.test(tokens[t]!.text))
        items.push({ start: tokens[t]!.start, token: tokens[t]! });
      t++;
    }
    items.sort((a, b) => a.start - b.start);
    let first: string | undefined;
    for (const item of items) {
      if (item.entityId) {
        first ??= item.entityId;
        continue;
      }
      const back = [salient[k - 1], salient[k - 2], salient[k - 3]].find((x) => x);
      const entityId = first ?? back;
      if (!entityId) continue;
      const tok = item.token!;
      pronouns.push({
        start: tok.start,
        end: tok.end,
        text: tok.text,
        entityId,
        confidence: first ? 0.75 : 0.7,
      });
      first ??= entityId;
    }
    salient.push(first);
  });
  const byStart = new Map(pronouns.map((x) => [x.start, x]));
  return {
    pronouns,
    pronounAt: (start) => byStart.get(start),
    salientAt(offset) {
      const k = sentences.findIndex((s) => offset >= s.start && offset < s.end);
      for (let j = k; j >= 0 && j >= k - 3; j--) if (salient[j]) return salient[j];
      return undefined;
    },
  };
}
