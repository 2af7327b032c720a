import type { Entity, Quote, Span } from "@quizwire/content";
import type { GraphIndex } from "../graph/graph-index.js";
import { trimClause } from "../text.js";

const IRREGULAR_PAST = new Set(
  "said told set made wrote spoke gave took held led put saw thought felt knew sent came went left met became".split(
    " ",
  ),
);
const AUXILIARIES = new Set("has had have was were is are".split(" "));
const MODALS = /\b(might|must|should|would|could|will|can|may|had|has|have|was|were|is|are)\b/;
/** Words that may stand before a speaker's name besides their titles ("former Pentagon advisor X"). */
const TITLE_GLUE = new Set(["and", "former", "retired", "of", "the"]);
/** Channels that read well after "said": "in an interview with Fox News", "in a post on X", "told reporters". */
const PLAIN_CHANNEL =
  /^(?:(?:an?\s+)?(?:interview|post|statement|speech|op-ed|press conference|news conference)\b|to\s+\w+$)/i;

function isPastVerb(word: string): boolean {
  return IRREGULAR_PAST.has(word) || /^\p{Ll}{3,}ed$/u.test(word);
}

function startsWithVerb(clause: string): boolean {
  const [first = "", second = ""] = clause.split(/\s+/);
  return (
    isPastVerb(first) ||
    ((/ly$/.test(first) || AUXILIARIES.has(first)) && isPastVerb(second.replace(/,$/, "")))
  );
}

/** Where the quoted words sit in the body (inside the evidence span). */
export function quoteTextSpan(ix: GraphIndex, quote: Quote): Span {
  const at = ix.body.indexOf(quote.text, quote.evidence.start);
  const start = at >= 0 && at < quote.evidence.end ? at : quote.evidence.start;
  return ix.span(start, start + (at >= 0 ? quote.text.length : quote.evidence.end - quote.evidence.start));
}

/** "in an interview with Fox News" / "told reporters"; nothing for free-form channel notes. */
function channelPhrase(channel: string | undefined): { verb: string; rest: string } {
  if (!channel || !PLAIN_CHANNEL.test(channel)) return { verb: "said", rest: "" };
  if (/^to\s/i.test(channel)) return { verb: "told", rest: ` ${channel.replace(/^to\s+/i, "")}` };
  if (/^an?\s/i.test(channel)) return { verb: "said", rest: ` in ${channel}` };
  return { verb: "said", rest: ` in ${/^[aeiou]/i.test(channel) ? "an" : "a"} ${channel}` };
}

export function speakerNames(entity: Entity): string[] {
  return [entity.name, ...entity.aliases, ...entity.name.split(/\s+/).filter((w) => w.length > 2)];
}

/** Whether the words before the speaker's name in its clause are only titles ("Foreign Minister Abbas Araghchi"). */
function onlyTitlesBefore(ix: GraphIndex, speaker: Entity, from: number, to: number): boolean {
  let before = ix.body.slice(from, to);
  const cut = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf("—"));
  before = before.slice(cut + 1);
  for (const r of speaker.roles) before = before.split(r.title).join(" ");
  return before
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => /^\p{Lu}/u.test(w) || TITLE_GLUE.has(w.toLowerCase()));
}

/** The article's own words after the speaker's name, when they start with a verb. */
function clauseFromText(ix: GraphIndex, quote: Quote, speaker: Entity): string | undefined {
  const words = quoteTextSpan(ix, quote);
  const sentence = ix.sentenceOf(words);
  const mention = speaker.mentions.filter((m) => m.start >= sentence.start && m.end <= words.start).at(-1);
  if (!mention || !onlyTitlesBefore(ix, speaker, sentence.start, mention.start)) return undefined;
  let clause = ix.body.slice(mention.end, words.end);
  if (quote.kind !== "PARAPHRASE" && /^[,.]?[”"]/.test(ix.body.slice(words.end, words.end + 2)))
    clause += "”";
  clause = clause.replace(/^\s*[—–][^—–]*[—–]\s*/u, " ").trim();
  const appositive = clause.match(/^,\s*[^,]*,\s*/u);
  if (appositive && startsWithVerb(clause.slice(appositive[0].length)))
    clause = clause.slice(appositive[0].length);
  const mentionsSpeaker = speakerNames(speaker).some((n) => clause.includes(n));
  if (!startsWithVerb(clause) || clause.split(/\s+/).length > 40 || mentionsSpeaker) return undefined;
  return trimClause(clause);
}

/** Whether reported speech reads as a clause after "said that" (a subject, then a verb). */
function readsAsClause(text: string): boolean {
  const words = text.split(/\s+/);
  const first = words[0]?.toLowerCase() ?? "";
  if (/^(why|how|what|whether|that|to)$/.test(first) || AUXILIARIES.has(first) || MODALS.test(first))
    return false;
  return MODALS.test(words.slice(1, 9).join(" "));
}

/**
 * A verb phrase saying what the speaker said, so that "Who <clause>?" and "<Name> <clause>." read as
 * English: the article's own words after the speaker's name when they start with a verb ("cautiously
 * informed reporters that …"), else "said that …" for reported speech that reads as a clause, else
 * "used the words “…”" for quoted words. Undefined when none reads well.
 */
export function quoteClause(ix: GraphIndex, quote: Quote, speaker: Entity): string | undefined {
  const own = clauseFromText(ix, quote, speaker);
  if (own) return own;
  const { verb, rest } = channelPhrase(quote.channel);
  if (quote.kind === "PARAPHRASE") {
    return readsAsClause(quote.text) ? `${verb}${rest} that ${trimClause(quote.text)}` : undefined;
  }
  const n = quote.text.split(/\s+/).length;
  if (n < 4) return `used the word${n > 1 ? "s" : ""} “${quote.text}”${rest}`;
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

/** Facts a quote question covers: the quote, and what its speaker said at the same event. */
export function quoteFacts(quote: Quote): string[] {
  return quote.eventId ? [`said:${quote.speakerId}:${quote.eventId}`] : [];
}

/** Speakers a who-said question can ask about: people the article names. */
export function askableSpeaker(ix: GraphIndex, quote: Quote): Entity | undefined {
  const speaker = ix.entity(quote.speakerId);
  return speaker?.kind === "PERSON" && speaker.mentions.length > 0 ? speaker : undefined;
}
