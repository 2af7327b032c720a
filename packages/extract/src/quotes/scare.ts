import type { Range } from "@quizwire/content";
import type { Quotation } from "./marks.js";
import { candidates, type Speaker, type SpeakerContext } from "./speaker.js";
import { ATTRIBUTION } from "./verbs.js";

const AGENT =
  /\b(?:officials?|government|authorit(?:y|ies)|ministry|department|agency|spokes(?:man|woman|person)|police|critics|experts|analysts|document|letter|report|statement)\b/i;
const FUNCTION_WORD = /^(?:and|or|but|of|the|a|an|to|in|on|for|with|by)\b/i;

/**
 * The writer's own scare quotes ("any reference to “dismantlement.”") go to the byline's author:
 * one to three words, lower case, inside the writer's sentence, in a sentence with no attribution
 * verb, no name (known or not) and no source in lower case ("officials", "the letter"). The speaker is a default, not something the text
 * states, so the resolution is UNRESOLVED and the confidence low.
 */
export function authorOfScareQuote(
  ctx: SpeakerContext,
  q: Quotation,
  sentence: Range,
  partial: boolean,
): Speaker | undefined {
  if (!ctx.authorId || !partial) return undefined;
  const words = q.text.trim().replace(/[,.;:!?]+$/, "");
  if (!/^\p{Ll}/u.test(words) || FUNCTION_WORD.test(words) || words.split(/\s+/).length > 3) return undefined;
  const text = ctx.body.slice(sentence.start, sentence.end);
  ATTRIBUTION.lastIndex = 0;
  if (ATTRIBUTION.test(text)) {
    ATTRIBUTION.lastIndex = 0;
    return undefined;
  }
  if (candidates(ctx, sentence.start, sentence.end, -1).length > 0) return undefined;
  // A name the entity stage did not know, or an agent in lower case, could be the source.
  const rest = text.replace(/^\W*\S+/, "");
  if (/(?:^|[\s(“"])\p{Lu}/u.test(rest) || AGENT.test(text)) return undefined;
  return { entityId: ctx.authorId, resolution: "UNRESOLVED", confidence: 0.3 };
}
