import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

/** A word or punctuation mark of the body with its character range and part of speech. */
export interface Token {
  i: number;
  start: number;
  end: number;
  text: string;
  /** Universal POS tag from wink: PROPN, NOUN, VERB, PUNCT … */
  pos: string;
}

let nlp: ReturnType<typeof winkNLP> | undefined;

/** The wink-nlp instance, loaded once (loading the model takes ~100 ms). */
export function wink(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model);
  return nlp;
}

/** Tokenises and tags the text; wink keeps the preceding whitespace so offsets are exact. */
export function tokenise(text: string): Token[] {
  const w = wink();
  const its = w.its;
  const doc = w.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i]!.length;
    const value = values[i]!;
    const start = text.indexOf(value, at) >= 0 && text.startsWith(value, at) ? at : text.indexOf(value, at);
    if (pos[i] !== "SPACE")
      tokens.push({ i: tokens.length, start, end: start + value.length, text: value, pos: pos[i]! });
    at = start + value.length;
  }
  return tokens;
}
