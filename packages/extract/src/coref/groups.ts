import type { Range } from "@quizwire/content";
import type { LinkedMention } from "../entities/build.js";
import type { Token } from "../text/tokens.js";
import type { PronounLink } from "./coreference.js";

const PLURAL = /^(?:they|their)$/i;

/**
 * Resolves "they"/"their" to the group named last, in the same sentence before the pronoun or in
 * one of the two sentences before it ("A competing faction … held a different view. They
 * contended that …"). A pronoun with no group that near stays unresolved: plural pronouns point
 * at too many things (people listed, the documents, the girls) to guess further.
 */
export function resolveGroupPronouns(
  tokens: Token[],
  mentions: LinkedMention[],
  sentences: Range[],
  isGroup: (id: string) => boolean,
): PronounLink[] {
  const groups = mentions.filter((m) => isGroup(m.entityId));
  if (groups.length === 0) return [];
  const out: PronounLink[] = [];
  let k = 0;
  for (const t of tokens) {
    if (!PLURAL.test(t.text)) continue;
    while (k + 1 < sentences.length && sentences[k + 1]!.start <= t.start) k++;
    const reach = sentences[Math.max(0, k - 2)]!.start;
    const last = groups.filter((g) => g.end <= t.start && g.start >= reach).pop();
    if (!last) continue;
    const same = last.start >= sentences[k]!.start;
    out.push({
      start: t.start,
      end: t.end,
      text: t.text,
      entityId: last.entityId,
      confidence: same ? 0.6 : 0.55,
    });
  }
  return out;
}
