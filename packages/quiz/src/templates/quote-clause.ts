import type { Entity, Quote, Span } from "@quizwire/content";
import type { GraphIndex } from "../graph/graph-index.js";
import { trimClause } from "../text.js";

const IRREGULAR_PAST = new Set([
  "said",
  "told",
  "set",
  "made",
  "wrote",
  "spoke",
  "gave",
  "took",
  "held",
  "led",
  "put",
  "saw",
  "thought",
  "felt",
  "knew",
  "sent",
  "came",
  "went",
  "left",
  "met",
  "became",
]);

function isPastVerb(word: string): boolean {
  return IRREGULAR_PAST.has(word) || /^\p{Ll}{3,}ed$/u.test(word);
}

/** Where the quoted words sit in the body (inside the evidence span). */
export function quoteTextSpan(ix: GraphIndex, quote: Quote): Span {
  const at = ix.body.indexOf(quote.text, quote.evidence.start);
  const start = at >= 0 && at < quote.evidence.end ? at : quote.evidence.start;
  return ix.span(start, start + (at >= 0 ? quote.text.length : quote.evidence.end - quote.evidence.start));
}

/** "in an interview with Fox News" / "told reporters": how a channel reads after a verb. */
function channelPhrase(channel: string | undefined): { verb: string; rest: string } {
  if (!channel) return { verb: "said", rest: "" };
  if (/^to\s/i.test(channel)) return { verb: "told", rest: ` ${channel.replace(/^to\s+/i, "")}` };
  if (/^(in|on|at|during|via)\s/i.test(channel)) return { verb: "said", rest: ` ${channel}` };
  const article = /^[aeiou]/i.test(channel) ? "an" : "a";
  return { verb: "said", rest: ` in ${article} ${channel}` };
}

function names(entity: Entity): string[] {
  return [entity.name, ...entity.aliases, ...entity.name.split(/\s+/).filter((w) => w.length > 2)];
}

/**
 * A verb phrase saying what the speaker said, so that "Who <clause>?" and "<Name> <clause>." read as
 * English. It reuses the article's own words after the speaker's name when they start with a verb
 * ("cautiously informed reporters that …"), and otherwise says "said … that …".
 */
export function quoteClause(ix: GraphIndex, quote: Quote, speaker: Entity): string {
  const words = quoteTextSpan(ix, quote);
  const sentence = ix.sentenceOf(words);
  const mention = speaker.mentions.filter((m) => m.start >= sentence.start && m.end <= words.start).at(-1);
  if (mention) {
    let clause = ix.body.slice(mention.end, words.end);
    const closing = ix.body.slice(words.end, words.end + 2).match(/^[,.]?[”"]/);
    if (quote.kind !== "PARAPHRASE" && closing) clause += "”";
    clause = clause
      .replace(/^\s*[—–]\s*[^—–]*[—–]\s*/u, " ")
      .replace(/^\s*,\s*(who|which)\s[^,]*,\s*/u, " ")
      .trim();
    const [first = "", second = ""] = clause.split(/\s+/);
    const verbal = isPastVerb(first) || (/ly$/.test(first) && isPastVerb(second));
    const mentionsSpeaker = names(speaker).some((n) => clause.includes(n));
    if (verbal && clause.split(/\s+/).length <= 35 && !mentionsSpeaker) return trimClause(clause);
  }
  const { verb, rest } = channelPhrase(quote.channel);
  if (quote.kind === "PARAPHRASE") return `${verb}${rest} that ${trimClause(quote.text)}`;
  if (quote.text.split(/\s+/).length < 4) return `${verb}${rest} the words “${quote.text}”`;
  return `${verb}${rest}: “${quote.text}”`;
}

/** Spans proving who spoke: the quote's sentence, and the speaker's last naming before it when elsewhere. */
export function quoteEvidence(ix: GraphIndex, quote: Quote, speaker: Entity): Span[] {
  const words = quoteTextSpan(ix, quote);
  const sentence = ix.sentenceOf(words);
  const spans = [sentence];
  const named = speaker.mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end);
  if (!named) {
    const last = speaker.mentions.filter((m) => m.end <= sentence.start).at(-1);
    if (last) spans.push(ix.sentenceOf(last));
  }
  return spans;
}
