import type { Range } from "@quizwire/content";
import type { Token } from "../text/tokens.js";
import { lexicon } from "./lexicon.js";
import { isCommonWord } from "./words.js";

const NONE = new Set<string>();

/** A run of capitalised tokens that may name something: "Secretary of State Marco Rubio". */
export interface Chunk {
  tokens: Token[];
  start: number;
  end: number;
  text: string;
  /** True when the chunk is the first word(s) of its sentence (capitals there prove little). */
  sentenceStart: boolean;
}

const NOT_NAMES = new Set(
  "I Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September October November December Mr Mrs Ms".split(
    " ",
  ),
);
const CONNECTORS = new Set(["of", "for", "de", "da", "del", "di", "van", "von", "bin", "al", "la", "le"]);
const CLOSED_CLASS = new Set([
  "DET",
  "PRON",
  "ADP",
  "CCONJ",
  "SCONJ",
  "AUX",
  "PART",
  "PUNCT",
  "SYM",
  "NUM",
  "ADV",
  "INTJ",
]);

/** Whether a token can be part of a name. */
export function isNameToken(t: Token): boolean {
  if (!/^\p{Lu}/u.test(t.text) || NOT_NAMES.has(t.text)) return false;
  return !CLOSED_CLASS.has(t.pos) || /^\p{Lu}[\p{Lu}.]+$/u.test(t.text);
}

/**
 * Finds name chunks sentence by sentence. Known multi-word names (which may hold lower-case words,
 * "Bosnia and Herzegovina") are taken first, so "Middle East Steve Witkoff" becomes two chunks.
 */
export function findChunks(body: string, tokens: Token[], sentences: Range[]): Chunk[] {
  const chunks: Chunk[] = [];
  const lex = lexicon();
  let s = 0;
  for (const sentence of sentences) {
    const sent: Token[] = [];
    while (s < tokens.length && tokens[s]!.start < sentence.end) {
      if (tokens[s]!.start >= sentence.start) sent.push(tokens[s]!);
      s++;
    }
    joinHyphenatedNames(body, sent);
    let i = 0;
    while (i < sent.length) {
      const known = knownPhrase(body, sent, i, lex.maxWords, lex.names);
      if (known > 1) {
        chunks.push(makeChunk(body, sent.slice(i, i + known), i === 0 || opensQuote(sent[i - 1])));
        i += known;
        continue;
      }
      const first = i === 0 || opensQuote(sent[i - 1]);
      // "Shares of Nordvik Energy": a plural common noun opening the sentence is not part of the name.
      if (
        first &&
        sent[i + 1]?.text === "of" &&
        /s$/.test(sent[i]!.text) &&
        isCommonWord(sent[i]!.text, NONE)
      ) {
        i++;
        continue;
      }
      // At a sentence's start a capital proves nothing: only words tagged as proper nouns start a name.
      // A post opening the sentence ("President Tsai Ing-wen visited") may be tagged a common noun.
      const post =
        (lex.titles.has(sent[i]!.text) || lex.titleHeads.has(sent[i]!.text)) &&
        !!sent[i + 1] &&
        isNameToken(sent[i + 1]!);
      if (!isNameToken(sent[i]!) || (first && sent[i]!.pos !== "PROPN" && !post)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < sent.length) {
        if (knownPhrase(body, sent, j, lex.maxWords, lex.names) > 1) break;
        if (isNameToken(sent[j]!) && adjacent(sent[j - 1]!, sent[j]!)) j++;
        else if (CONNECTORS.has(sent[j]!.text) && j + 1 < sent.length) {
          const next = sent[j + 1]!.text === "the" ? j + 2 : j + 1;
          if (next < sent.length && isNameToken(sent[next]!)) j = next + 1;
          else break;
        } else break;
      }
      chunks.push(makeChunk(body, sent.slice(i, j), first));
      i = j;
    }
  }
  return chunks.map(trimFinalStop);
}

/**
 * wink splits "Ing-wen" into three tokens: a capitalised word, a hyphen and a lower-case word with
 * no space between are one name word ("Tsai Ing-wen"), so the chunk and its classification see it whole.
 */
function joinHyphenatedNames(body: string, sent: Token[]): void {
  for (let k = sent.length - 3; k >= 0; k--) {
    const [a, dash, b] = [sent[k]!, sent[k + 1]!, sent[k + 2]!];
    if (dash.text !== "-" || a.end !== dash.start || dash.end !== b.start) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(a.text) || !/^\p{Ll}+$/u.test(b.text)) continue;
    sent.splice(k, 3, { ...a, end: b.end, text: body.slice(a.start, b.end), pos: "PROPN" });
  }
}

function adjacent(a: Token, b: Token): boolean {
  return b.start - a.end <= 1;
}

function opensQuote(t: Token | undefined): boolean {
  return !!t && /^["“‘(]$/.test(t.text);
}

function knownPhrase(
  body: string,
  sent: Token[],
  i: number,
  maxWords: number,
  names: Map<string, unknown>,
): number {
  for (let k = Math.min(maxWords + 2, sent.length - i); k >= 1; k--) {
    const text = body.slice(sent[i]!.start, sent[i + k - 1]!.end);
    if (names.has(text) && /^\p{Lu}/u.test(text)) return k;
  }
  return 0;
}

function makeChunk(body: string, tokens: Token[], sentenceStart: boolean): Chunk {
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  return { tokens, start, end, text: body.slice(start, end), sentenceStart };
}

/** wink keeps a sentence's full stop on a lone capital ("on X."): give it back. */
function trimFinalStop(c: Chunk): Chunk {
  if (!/^[A-Z]\.$/.test(c.tokens[c.tokens.length - 1]!.text) || c.tokens.length > 1) return c;
  const last = c.tokens[c.tokens.length - 1]!;
  const token = { ...last, end: last.end - 1, text: last.text.slice(0, -1) };
  return { ...c, tokens: [...c.tokens.slice(0, -1), token], end: c.end - 1, text: c.text.slice(0, -1) };
}
