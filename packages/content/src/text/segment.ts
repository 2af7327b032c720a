import type { Range } from "../schema/span.js";
import { AMBIGUOUS_ABBREVIATIONS, PREFIX_ABBREVIATIONS, SENTENCE_STARTERS } from "./abbreviations.js";

/** Paragraph and sentence ranges of a body, in order, trimmed of surrounding whitespace. */
export interface Segmentation {
  paragraphs: Range[];
  sentences: Range[];
}

const TERMINATORS = /[.?!…]/;
const CLOSERS = /["'”’)\]»]/;
const WHITESPACE = /\s/;

/**
 * Splits a body into paragraphs (one per "\n"-separated line that holds text) and sentences
 * (never crossing a paragraph). Together the sentences cover every non-whitespace character.
 */
export function segment(body: string): Segmentation {
  const paragraphs: Range[] = [];
  const sentences: Range[] = [];
  let lineStart = 0;
  for (const line of body.split("\n")) {
    const paragraph = trimRange(body, lineStart, lineStart + line.length);
    if (paragraph) {
      paragraphs.push(paragraph);
      sentences.push(...splitSentences(body, paragraph));
    }
    lineStart += line.length + 1;
  }
  return { paragraphs, sentences };
}

function splitSentences(body: string, paragraph: Range): Range[] {
  const out: Range[] = [];
  let start = paragraph.start;
  let i = paragraph.start;
  while (i < paragraph.end) {
    if (!TERMINATORS.test(body[i]!)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < paragraph.end && TERMINATORS.test(body[end]!)) end++;
    while (end < paragraph.end && CLOSERS.test(body[end]!)) end++;
    if (end < paragraph.end && WHITESPACE.test(body[end]!) && endsSentence(body, start, i, end)) {
      const sentence = trimRange(body, start, end);
      if (sentence) out.push(sentence);
      start = end;
    }
    i = end;
  }
  const last = trimRange(body, start, paragraph.end);
  if (last) out.push(last);
  return out;
}

/** Decides whether the terminator at `at` (its closers ending at `end`) ends the sentence begun at `start`. */
function endsSentence(body: string, start: number, at: number, end: number): boolean {
  const next = nextWord(body, end);
  if (!next) return false;
  // News sentences open with a capital, a digit or an opening quote; a lower-case word continues.
  if (!/^["'“‘([]?[\p{Lu}\p{N}]/u.test(next)) return false;
  if (body[at] !== "." || body[at + 1] === ".") return true;
  // A closing quote or bracket after the stop ends the sentence (`"No." Then …`): abbreviations don't close quotes.
  if (end > at + 1) return true;
  const word = wordBefore(body, start, at);
  if (word === "") return true;
  const lower = word.toLowerCase();
  if (PREFIX_ABBREVIATIONS.has(lower)) return false;
  // A lone capital is usually an initial ("Debra A. Smith") but may end a sentence ("a post on X. What…").
  if (AMBIGUOUS_ABBREVIATIONS.has(lower) || /^(\p{L}\.)*\p{L}$/u.test(word)) {
    const bare = next
      .replace(/^["'“‘([]/, "")
      .replace(/[^\p{L}].*$/u, "")
      .toLowerCase();
    return SENTENCE_STARTERS.has(bare);
  }
  return true;
}

function wordBefore(body: string, start: number, at: number): string {
  let i = at;
  while (i > start && !WHITESPACE.test(body[i - 1]!) && !/["'“‘([]/.test(body[i - 1]!)) i--;
  return body.slice(i, at);
}

function nextWord(body: string, from: number): string | undefined {
  const match = /^\s+(\S+)/.exec(body.slice(from, from + 80));
  return match?.[1];
}

function trimRange(body: string, start: number, end: number): Range | undefined {
  let s = start;
  let e = end;
  while (s < e && WHITESPACE.test(body[s]!)) s++;
  while (e > s && WHITESPACE.test(body[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : undefined;
}
