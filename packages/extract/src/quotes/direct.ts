import type { Range } from "@quizwire/content";
import { findChannel } from "./channel.js";
import type { QuoteDraft } from "./draft.js";
import type { Quotation } from "./marks.js";
import { authorOfScareQuote } from "./scare.js";
import { sentenceAt } from "./sentence-index.js";
import { type Speaker, type SpeakerContext, speakerNear } from "./speaker.js";
import { ATTRIBUTION } from "./verbs.js";

/** Quoted words with a speaker, and the ones no speaker could be found for. */
export interface QuoteResult {
  quotes: QuoteDraft[];
  unresolved: Quotation[];
}

/**
 * Attributes each quotation: an attribution verb just after it (", he said"), else the last one
 * before it in the sentence ("Cooper said …"), else any after it; a quotation opening a paragraph
 * with no verb goes to the previous speaker. DIRECT when the quote stands as an utterance, PARTIAL
 * when a few quoted words sit inside the writer's sentence.
 */
export function attributeQuotations(
  ctx: SpeakerContext,
  sentences: Range[],
  paragraphs: Range[],
  quotations: Quotation[],
): QuoteResult {
  const quotes: QuoteDraft[] = [];
  const unresolved: Quotation[] = [];
  let previous: { speaker: Speaker; paragraph: number; sentence: number } | undefined;
  quotations.forEach((q, n) => {
    const first = sentences[sentenceAt(sentences, q.open)]!;
    const last = sentences[sentenceAt(sentences, q.close)]!;
    const prevClose =
      quotations[n - 1] && quotations[n - 1]!.close >= first.start
        ? quotations[n - 1]!.close + 1
        : first.start;
    const nextOpen =
      quotations[n + 1] && quotations[n + 1]!.open < last.end ? quotations[n + 1]!.open : last.end;
    const paragraph = sentenceAt(paragraphs, q.open);
    let speaker = findSpeaker(ctx, q, first.start, prevClose, nextOpen);
    const sentence = sentenceAt(sentences, q.open);
    // A quote opening a paragraph, or a sentence right after the last quoted one in its paragraph:
    // "“We had no choice,” said Lewis. “The budget is empty.”"
    if (
      !speaker &&
      previous &&
      ((paragraph - previous.paragraph <= 1 && q.open === paragraphs[paragraph]!.start) ||
        (paragraph === previous.paragraph && q.open === first.start && sentence - previous.sentence === 1))
    ) {
      speaker = { entityId: previous.speaker.entityId, resolution: "PREVIOUS_SPEAKER", confidence: 0.5 };
    }
    speaker ??= authorOfScareQuote(ctx, q, first, isPartial(ctx.body, q));
    if (!speaker) {
      unresolved.push(q);
      return;
    }
    previous = { speaker, paragraph, sentence: sentenceAt(sentences, q.close) };
    const evidence = { start: first.start, end: Math.max(last.end, q.close + 1) };
    const channel = findChannel(ctx.body, first.start, last.end, ctx.mentions);
    const partial = isPartial(ctx.body, q);
    quotes.push({
      speaker,
      text: partial ? q.text.replace(/[,;:.\s]+$/, "") : q.text.replace(/[,;:\s]+$/, ""),
      kind: partial ? "PARTIAL" : "DIRECT",
      evidence: { ...evidence, text: ctx.body.slice(evidence.start, evidence.end) },
      at: q.start,
      ...(channel ? { channel } : {}),
    });
  });
  return { quotes, unresolved };
}

function findSpeaker(
  ctx: SpeakerContext,
  q: Quotation,
  sentenceStart: number,
  from: number,
  to: number,
): Speaker | undefined {
  const near = firstVerb(ctx.body.slice(q.close + 1, to));
  if (near && near.index < 60) {
    const v = q.close + 1 + near.index;
    const s = speakerNear(ctx, q.close + 1, v, v + near.length, to);
    if (s) return s;
  }
  const before = lastVerb(ctx.body.slice(from, q.open));
  if (!before) return undefined;
  const v = from + before.index;
  return speakerNear(ctx, Math.min(from, sentenceStart), v, v + before.length, q.open);
}

function firstVerb(text: string): { index: number; length: number } | undefined {
  ATTRIBUTION.lastIndex = 0;
  const m = ATTRIBUTION.exec(text);
  // matchAll copies lastIndex: left set, the next search would skip the start of its text.
  ATTRIBUTION.lastIndex = 0;
  return m ? { index: m.index, length: m[0].length } : undefined;
}

function lastVerb(text: string): { index: number; length: number } | undefined {
  let found: { index: number; length: number } | undefined;
  for (const m of text.matchAll(ATTRIBUTION)) found = { index: m.index, length: m[0].length };
  return found;
}

/** Partial: a few quoted words inside the writer's sentence; a quote opening a sentence is direct. */
function isPartial(body: string, q: Quotation): boolean {
  const before = body.slice(Math.max(0, q.open - 30), q.open);
  if (q.open === 0 || /(?:^|[:.!?]\s*|\n)$/.test(before)) return false;
  if (q.text.trim().split(/\s+/).length < 4) return true;
  if (/,\s*$/.test(before)) return false;
  const lastWord = /(\S+)\s*$/.exec(before)?.[1] ?? "";
  return !new RegExp(`^${ATTRIBUTION.source}$`, "i").test(lastWord);
}
