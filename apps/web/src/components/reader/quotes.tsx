import { sentenceStartOf } from "../../lib/segments";
import type { ReaderArticle } from "./types";

/** Who said what, each linking to the sentence it comes from. */
export function Quotes({
  quotes,
  sentences,
}: {
  quotes: ReaderArticle["quotes"];
  sentences: ReaderArticle["sentences"];
}) {
  if (quotes.length === 0) return null;
  return (
    <section aria-labelledby="quotes-h">
      <h2 id="quotes-h">Quotes</h2>
      {quotes.map((q) => (
        <figure key={q.id} style={{ margin: "0 0 1rem" }}>
          <blockquote>{q.kind === "PARAPHRASE" ? q.text : `“${q.text}”`}</blockquote>
          <figcaption>
            — <a href={`/entities/${encodeURIComponent(q.speaker.key)}`}>{q.speaker.name}</a>
            {q.channel ? `, ${q.channel}` : null} (
            <a href={`#s-${sentenceStartOf(sentences, q.evidence.start)}`}>in the text</a>)
          </figcaption>
        </figure>
      ))}
    </section>
  );
}
