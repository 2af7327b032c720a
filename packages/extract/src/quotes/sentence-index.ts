import type { Range } from "@quizwire/content";

/** The index of the sentence holding `offset` (the last one starting at or before it). */
export function sentenceAt(sentences: Range[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
