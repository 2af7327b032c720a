import { dateWords, formatDate } from "../../lib/dates";
import { sentenceHref } from "../../lib/segments";
import type { ArticleFacts } from "./types";

type Span = { start: number; sentence?: { start: number } | null };

/** The reader link for a span of `slug`: its sentence, or the span itself if it has none. */
function spanHref(slug: string | undefined, span: Span | undefined): string | null {
  if (!slug || !span) return null;
  return sentenceHref(slug, span.sentence?.start ?? span.start);
}

/**
 * What one article says about the entity: its quotes, events and the sentences naming it, each
 * linking to its sentence in the reader. `level` is the heading level of the sections (2 when the
 * page shows one article, 3 under the article's own heading); `idPrefix` keeps heading ids unique.
 */
export function EntityFacts({
  facts,
  level,
  idPrefix,
}: {
  facts: ArticleFacts;
  level: 2 | 3;
  idPrefix: string;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  // Sized as `.panel h2`: under the article's own heading these are a level down, not smaller.
  const style = level === 3 ? { fontSize: "1.15rem", marginTop: "0.25rem" } : undefined;
  const slug = facts.article?.slug;
  return (
    <>
      {facts.quotes.length > 0 ? (
        <section className="panel" aria-labelledby={`${idPrefix}quotes-h`}>
          <Heading id={`${idPrefix}quotes-h`} style={style}>
            Quotes
          </Heading>
          {facts.quotes.map((q) => {
            const words = q.kind === "PARAPHRASE" ? q.text : `“${q.text}”`;
            const href = spanHref(slug, q.evidence);
            return (
              <figure key={q.id} style={{ margin: "0 0 1rem" }}>
                <blockquote>{href ? <a href={href}>{words}</a> : words}</blockquote>
                {q.channel ? <figcaption>{q.channel}</figcaption> : null}
              </figure>
            );
          })}
        </section>
      ) : null}
      {facts.events.length > 0 ? (
        <section className="panel" aria-labelledby={`${idPrefix}events-h`}>
          <Heading id={`${idPrefix}events-h`} style={style}>
            Events
          </Heading>
          <ul>
            {facts.events.map((e) => {
              const href = spanHref(slug, e.evidence[0]);
              return (
                <li key={e.id}>
                  <time dateTime={e.date.iso}>{formatDate(e.date)}</time>
                  {e.date.status === "SCHEDULED" ? <span className="tag">scheduled</span> : null}
                  {e.date.approximate ? <span className="tag">approximate</span> : null}:{" "}
                  {href ? <a href={href}>{e.title}</a> : e.title}
                  {e.location ? (
                    <>
                      {" "}
                      in <a href={`/entities/${encodeURIComponent(e.location.key)}`}>{e.location.name}</a>
                    </>
                  ) : null}
                  {e.date.text === null ? <> ({dateWords(e.date)})</> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {slug && facts.sentences.length > 0 ? (
        <section className="panel" aria-labelledby={`${idPrefix}mentions-h`}>
          <Heading id={`${idPrefix}mentions-h`} style={style}>
            Mentions
          </Heading>
          <p>
            Named {facts.mentionCount} time{facts.mentionCount === 1 ? "" : "s"}.
          </p>
          <ul>
            {facts.sentences.map((s) => (
              <li key={s.start}>
                <a href={sentenceHref(slug, s.start)}>{s.text}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
