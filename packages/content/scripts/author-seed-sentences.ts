import type { Range } from "../src/schema/span.js";

/**
 * Sentences of a body with no abbreviations or initials: a sentence ends at . ? or ! (with any
 * closing quotes) followed by whitespace and a capital or an opening quote, or at the paragraph's
 * end. Paragraphs are the "\n"-separated lines. Deliberately simpler than `segment()`: the seed
 * body has no abbreviation or initial this rule could trip on, so it serves as a cross-check
 * (an earlier `segment()` joined "a post on X. What caused…" into one sentence).
 */
export function splitSeedBody(body: string): { paragraphs: Range[]; sentences: Range[] } {
  const paragraphs: Range[] = [];
  const sentences: Range[] = [];
  let lineStart = 0;
  for (const line of body.split("\n")) {
    if (line.trim() !== line || line === "") throw new Error(`paragraph at ${lineStart} is empty or padded`);
    paragraphs.push({ start: lineStart, end: lineStart + line.length });
    let start = 0;
    for (const m of line.matchAll(/[.?!][”’"]*(?=\s+[“"\p{Lu}])/gu)) {
      const end = m.index + m[0].length;
      sentences.push({ start: lineStart + start, end: lineStart + end });
      start = end + (/^\s+/u.exec(line.slice(end))?.[0].length ?? 0);
    }
    sentences.push({ start: lineStart + start, end: lineStart + line.length });
    lineStart += line.length + 1;
  }
  return { paragraphs, sentences };
}
