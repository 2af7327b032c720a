import type { Token } from "../text/tokens.js";
import type { Chunk } from "./chunks.js";
import { looksLikeName } from "./classify.js";
import { type LexiconEntry, lexicon } from "./lexicon.js";
import { ORG_WORDS } from "./registry.data.js";
import { isGivenName } from "./words.js";

const ORG = new Set<string>(ORG_WORDS);

/** A piece of a chunk: a post ("Secretary of State"), a known name, or an unknown name. */
export type Part =
  | { type: "title"; start: number; end: number; text: string; former: boolean }
  | { type: "known"; start: number; end: number; text: string; entry: LexiconEntry }
  | {
      type: "name";
      start: number;
      end: number;
      text: string;
      tokens: Token[];
      sentenceStart: boolean;
      honorific?: string;
    };

const FORMER = new Set(["Former", "Retired", "Late", "Then", "Ex"]);

/**
 * Splits a chunk into a leading post, known names and the rest. A post is recognised by its last
 * word ("Minister", "Secretary", "Envoy" …) or as a whole registry title, so "Secretary of State
 * Marco Rubio" gives the post and the person, never a place called "State Marco".
 */
export function splitChunk(body: string, chunk: Chunk): Part[] {
  const lex = lexicon();
  const text = (a: number, b: number) => body.slice(chunk.tokens[a]!.start, chunk.tokens[b]!.end);
  const n = chunk.tokens.length;
  const whole = lex.names.get(chunk.text);
  if (whole) return [{ type: "known", start: chunk.start, end: chunk.end, text: chunk.text, entry: whole }];

  // The last word of the chunk that ends a post, with a name after it.
  for (let j = n - 1; j >= 0; j--) {
    if (!isTitleEnd(chunk.tokens, j)) continue;
    let from = 0;
    while (from < j && FORMER.has(chunk.tokens[from]!.text)) from++;
    const title: Part = {
      type: "title",
      start: chunk.tokens[from]!.start,
      end: chunk.tokens[j]!.end,
      text: text(from, j),
      former: from > 0,
    };
    if (j === n - 1) return [title];
    if (/^(?:of|for|to)$/.test(chunk.tokens[j + 1]!.text)) {
      // "CEO of the Refugee Council Enver Solomon": the qualifier is part of the post.
      for (const k of [3, 2]) {
        const words = chunk.tokens.slice(n - k).map((t) => t.text);
        if (k === 3 && !isGivenName(words[0]!)) continue;
        if (n - k > j + 1 && looksLikeName(words) && !lex.names.has(words.join(" "))) {
          return [
            { ...title, end: chunk.tokens[n - k - 1]!.end, text: text(from, n - k - 1) },
            ...splitRest(body, chunk, n - k),
          ];
        }
      }
      return [];
    }
    return [title, ...splitRest(body, chunk, j + 1)];
  }
  return splitRest(body, chunk, 0);
}

function isTitleEnd(tokens: Token[], j: number): boolean {
  const lex = lexicon();
  const t = tokens[j]!.text;
  for (let k = Math.min(4, j); k >= 1; k--) {
    const phrase = tokens
      .slice(j - k, j + 1)
      .map((x) => x.text)
      .join(" ");
    if (lex.titles.has(phrase)) return true;
  }
  if (lex.titleHeads.has(t)) {
    // "General" and "Justice" are also plain words: only posts when a name follows or a title precedes.
    return j + 1 < tokens.length || j > 0;
  }
  return lex.titles.has(t) && j + 1 < tokens.length;
}

function splitRest(body: string, chunk: Chunk, from: number): Part[] {
  const lex = lexicon();
  const tokens = chunk.tokens.slice(from);
  const parts: Part[] = [];
  let i = 0;
  while (i < tokens.length) {
    let k = tokens.length - i;
    for (; k >= 1; k--) {
      const t = body.slice(tokens[i]!.start, tokens[i + k - 1]!.end);
      const entry = lex.names.get(t);
      // A known name at the start of what is left, unless it is a given name ("Jordan Peterson").
      if (entry && i === 0 && entry.kind === "COUNTRY" && tokens.slice(k).some((x) => ORG.has(x.text))) break; // "Indonesian Navy"
      if (entry && (i + k === tokens.length || entry.kind !== "CITY" || k > 1)) {
        parts.push({ type: "known", start: tokens[i]!.start, end: tokens[i + k - 1]!.end, text: t, entry });
        break;
      }
    }
    if (k >= 1 && parts.length > 0 && parts[parts.length - 1]!.start === tokens[i]!.start) {
      i += k;
      continue;
    }
    let rest = tokens.slice(i);
    // "Judge Ana Ruiz of the Supreme Court": a person of a body, two names.
    const of = personOfBody(rest, from > 0);
    if (of > 0) {
      parts.push(namePart(body, rest.slice(0, of), false));
      const after = rest[of + 1]?.text === "the" ? of + 2 : of + 1;
      return [...parts, ...splitRest(body, { ...chunk, sentenceStart: false }, from + i + after)];
    }
    rest = tokens.slice(i);
    let honorific: string | undefined;
    if (rest.length > 1 && lex.honorifics.has(rest[0]!.text)) honorific = rest[0]!.text;
    const start = rest[0]!.start;
    const end = rest[rest.length - 1]!.end;
    parts.push({
      type: "name",
      start,
      end,
      text: body.slice(start, end),
      tokens: rest,
      sentenceStart: chunk.sentenceStart && from === 0 && i === 0,
      ...(honorific ? { honorific } : {}),
    });
    break;
  }
  return parts;
}

/** Where "of" splits a personal name from the body it belongs to; 0 when it does not. */
function personOfBody(tokens: Token[], afterTitle: boolean): number {
  const of = tokens.findIndex((t) => t.text === "of");
  if (of < 2 || of + 1 >= tokens.length) return 0;
  const name = tokens.slice(0, of).map((t) => t.text);
  const body = tokens.slice(of + 1).map((t) => t.text);
  if (!looksLikeName(name) || name.some((w) => ORG.has(w)) || !body.some((w) => ORG.has(w))) return 0;
  return afterTitle || isGivenName(name[0]!) ? of : 0;
}

function namePart(body: string, tokens: Token[], sentenceStart: boolean): Part {
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  return { type: "name", start, end, text: body.slice(start, end), tokens, sentenceStart };
}
