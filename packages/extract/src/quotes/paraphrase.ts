import type { Range } from "@quizwire/content";
import { findChannel } from "./channel.js";
import type { QuoteDraft } from "./draft.js";
import type { Quotation } from "./marks.js";
import { type SpeakerContext, speakerNear } from "./speaker.js";
import { REPORTING } from "./verbs.js";

/**
 * Reported speech without quotation marks: "<speaker> noted that <statement>" or "<speaker> set a
 * demand: <statement>", also with a few words between verb and "that" ("told reporters that",
 * "pointed out on X that"). A sentence may hold several ("Iran signaled that …, with Vance
 * suggesting that …"); each statement ends where the next begins. Statements holding a quotation
 * are left to the quote stage; those without a resolvable speaker are skipped.
 */
export function findParaphrases(
  ctx: SpeakerContext,
  sentences: Range[],
  quotations: Quotation[],
): QuoteDraft[] {
  const out: QuoteDraft[] = [];
  for (const s of sentences) {
    const text = ctx.body.slice(s.start, s.end);
    const found: { verb: number; verbEnd: number; clauseStart: number; personOnly?: boolean }[] = [];
    for (const m of text.matchAll(REPORTING)) {
      const tail = /^((?:\s+[\w’'-]+){0,5}?)(?:\s+that\s+|:\s+)/.exec(text.slice(m.index + m[0].length));
      if (!tail) continue;
      const verb = s.start + m.index;
      found.push({
        verb,
        verbEnd: verb + m[0].length + tail[1]!.length,
        clauseStart: verb + m[0].length + tail[0].length,
      });
    }
    // "The West interpreted this visit as <statement>", "they wonder why <statement>".
    for (const m of text.matchAll(READING_AS)) {
      const verb = s.start + m.index;
      found.push({ verb, verbEnd: verb + m[1]!.length, clauseStart: verb + m[0].length });
    }
    found.sort((a, b) => a.verb - b.verb);
    if (found.length === 0) {
      // "Witkoff underscored the necessity of …": a stance stated by a person, object and all.
      // "Hahn said they apply to letters …": reported speech without "that".
      const m = SAID_CLAUSE.exec(text) ?? OBJECT_REPORTING.exec(text);
      if (m) {
        const verb = s.start + m.index;
        found.push({
          verb,
          verbEnd: verb + m[0].length,
          clauseStart: verb + m[0].length + 1,
          personOnly: true,
        });
      }
    }
    found.forEach((f, i) => {
      const next = found[i + 1];
      const speaker = speakerNear(ctx, s.start, f.verb, f.verbEnd, f.verbEnd);
      if (!speaker) return;
      if (
        f.personOnly &&
        (ctx.entities.get(speaker.entityId)?.kind !== "PERSON" || (speaker.at ?? 0) < f.verb - 100)
      )
        return;
      let end = s.end;
      if (next)
        end =
          speaker.at !== undefined && next.verb > f.clauseStart
            ? clauseEnd(ctx.body, f.clauseStart, next.verb)
            : next.verb;
      const clause = ctx.body.slice(f.clauseStart, end).replace(/[\s,;.!?]+$/, "");
      if (clause.split(/\s+/).length < 3 || /^["“]/.test(clause)) return;
      if (quotations.some((q) => q.open < f.clauseStart + clause.length && q.close >= f.clauseStart)) return;
      const evidence = { start: s.start, end: s.end };
      const channel = findChannel(ctx.body, s.start, s.end, ctx.mentions);
      out.push({
        speaker,
        text: clause,
        kind: "PARAPHRASE",
        evidence: { ...evidence, text },
        at: f.clauseStart,
        ...(channel ? { channel } : {}),
      });
    });
  }
  return out;
}

const SAID_CLAUSE =
  /\b(?:said|says|added|warned|insisted|believes|argued)(?=\s+(?:the|a|an|it|they|he|she|we|this|these|those|there|his|her|their|its|no|all|some|many|most)\s)/i;

const OBJECT_REPORTING =
  /\b(?:underscored|stressed|emphasi[sz]ed|reaffirm(?:ed|ing)|called\s+for|urged|demanded|(?:has\s+|have\s+)?condemned|critici[sz]ed|rejected)(?=\s+(?:the|a|an|his|her|their)\b)/i;

const READING_AS =
  /\b(interpret(?:ed|s)|view(?:ed|s)|regard(?:ed|s)|characteri[sz](?:ed|es)|portray(?:ed|s)|(?:wonder|question|ask)(?:ed|s)?)(?:(?:\s+[\w’'-]+){1,4}?\s+as\s+|\s+(?=(?:why|whether|how)\s))/gi;

/** Where a statement stops before the next reporting verb: at ", with Vance", ", but", or the verb. */
function clauseEnd(body: string, from: number, nextVerb: number): number {
  const between = body.slice(from, nextVerb);
  const cut = /,\s+(?:with|but|and|while|as)\b[^,]*$|\s+but\s*$/.exec(between);
  return cut ? from + cut.index : nextVerb;
}
