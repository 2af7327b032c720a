import type { Range } from "@quizwire/content";
import { findChannel } from "./channel.js";
import type { QuoteDraft } from "./draft.js";
import type { Quotation } from "./marks.js";
import { type SpeakerContext, speakerNear } from "./speaker.js";
import { REPORTING } from "./verbs.js";

/**
 * Reported speech without quotation marks: "<speaker> noted that <statement>", also with a few words
 * between verb and "that" ("told reporters that", "pointed out on X that"). Sentences holding a
 * quotation are left to the quote stage; statements without a resolvable speaker are skipped.
 */
export function findParaphrases(
  ctx: SpeakerContext,
  sentences: Range[],
  quotations: Quotation[],
): QuoteDraft[] {
  const out: QuoteDraft[] = [];
  for (const s of sentences) {
    if (quotations.some((q) => q.open < s.end && q.close >= s.start)) continue;
    const text = ctx.body.slice(s.start, s.end);
    for (const m of text.matchAll(REPORTING)) {
      const tail = /^((?:\s+[\w’'-]+){0,5}?)\s+that\s+/.exec(text.slice(m.index + m[0].length));
      if (!tail) continue;
      const verb = s.start + m.index;
      const clauseStart = verb + m[0].length + tail[0].length;
      const speaker = speakerNear(
        ctx,
        s.start,
        verb,
        verb + m[0].length,
        verb + m[0].length + tail[1]!.length,
      );
      if (!speaker) continue;
      const clause = ctx.body.slice(clauseStart, s.end).replace(/[.!?]+$/, "");
      if (clause.split(/\s+/).length < 3) continue;
      const channel = findChannel(ctx.body, s.start, s.end, ctx.mentions);
      out.push({
        speaker,
        text: clause,
        kind: "PARAPHRASE",
        evidence: { start: s.start, end: s.end, text },
        at: clauseStart,
        ...(channel ? { channel } : {}),
      });
      break;
    }
  }
  return out;
}
