import type { QuoteKind, Span } from "@quizwire/content";
import type { Channel } from "./channel.js";
import type { Speaker } from "./speaker.js";

/** A quote before it gets an id: speaker, words, kind and where it is. */
export interface QuoteDraft {
  speaker: Speaker;
  text: string;
  kind: QuoteKind;
  evidence: Span;
  /** Start of the words, to order quotes and tie them to events. */
  at: number;
  channel?: Channel;
}
