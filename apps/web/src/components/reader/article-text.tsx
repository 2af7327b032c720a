import { segmentBody, sentenceAnchor } from "../../lib/segments";
import type { ReaderArticle } from "./types";

/**
 * The body with an anchor on every sentence (`#s-<start>`, highlighted when targeted) and every
 * mention linked to its entity.
 */
export function ArticleText({ article }: { article: ReaderArticle }) {
  const mentions = article.entities.flatMap((e) =>
    e.mentions.map((m) => ({ start: m.start, end: m.end, entityId: e.key, kind: e.kind })),
  );
  const paragraphs = segmentBody(article.body, article.paragraphs, article.sentences, mentions);
  return (
    <div className="text">
      {paragraphs.map((p) => (
        <p key={p.start}>
          {p.sentences.map((s, i) => (
            <span key={s.start}>
              {i > 0 ? " " : null}
              <span className="sentence" id={sentenceAnchor(s.start)}>
                {s.pieces.map((piece) =>
                  piece.mention ? (
                    <a
                      key={piece.mention.start}
                      href={`/entities/${encodeURIComponent(piece.mention.entityId)}`}
                      className={`mention k-${piece.mention.kind}`}
                    >
                      {piece.text}
                    </a>
                  ) : (
                    piece.text
                  ),
                )}
              </span>
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}
