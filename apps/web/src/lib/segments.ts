/** A half-open range of the article body. */
export type Range = { start: number; end: number };
/** A mention to link: where it is and which entity it names. */
export type Mention = Range & { entityId: string; kind: string };

/** A run of sentence text: plain, or a mention linking to its entity. */
export type Piece = { text: string; mention?: Mention };
export type SentenceView = Range & { pieces: Piece[] };
export type ParagraphView = Range & { sentences: SentenceView[] };

/**
 * Splits the body into paragraphs of sentences of pieces, so the reader can give every sentence an
 * anchor (`#s-<start>`) and link each mention. Mentions that overlap an earlier one or cross a
 * sentence boundary are left as plain text rather than breaking the markup.
 */
export function segmentBody(
  body: string,
  paragraphs: Range[],
  sentences: Range[],
  mentions: Mention[],
): ParagraphView[] {
  const sortedSentences = [...sentences].sort((a, b) => a.start - b.start);
  const sortedMentions = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  return [...paragraphs]
    .sort((a, b) => a.start - b.start)
    .map((p) => {
      const inside = sortedSentences.filter((s) => s.start >= p.start && s.end <= p.end);
      const ranges = inside.length > 0 ? inside : [p];
      return {
        start: p.start,
        end: p.end,
        sentences: ranges.map((s) => ({
          start: s.start,
          end: s.end,
          pieces: piecesOf(body, s, sortedMentions),
        })),
      };
    });
}

function piecesOf(body: string, sentence: Range, mentions: Mention[]): Piece[] {
  const pieces: Piece[] = [];
  let cursor = sentence.start;
  for (const m of mentions) {
    if (m.start < cursor || m.end > sentence.end || m.start >= m.end) continue;
    if (m.start > cursor) pieces.push({ text: body.slice(cursor, m.start) });
    pieces.push({ text: body.slice(m.start, m.end), mention: m });
    cursor = m.end;
  }
  if (cursor < sentence.end) pieces.push({ text: body.slice(cursor, sentence.end) });
  return pieces;
}

/** The start of the sentence holding `position`, for `#s-<start>` links; the position itself if none does. */
export function sentenceStartOf(sentences: Range[], position: number): number {
  const hit = sentences.find((s) => s.start <= position && position < s.end);
  return hit ? hit.start : position;
}

/** The id the reader gives a sentence, so that `#s-<start>` targets (and highlights) it. */
export function sentenceAnchor(start: number): string {
  return `s-${start}`;
}

/**
 * A link to a sentence of an article in the reader. Follow it with a full navigation (a plain
 * `<a>`): that sets :target, which highlights the sentence; a client-side pushState would not.
 */
export function sentenceHref(slug: string, start: number): string {
  return `/articles/${encodeURIComponent(slug)}#${sentenceAnchor(start)}`;
}
