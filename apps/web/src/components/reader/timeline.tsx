import { dateWords, formatDate } from "../../lib/dates";
import { sentenceStartOf } from "../../lib/segments";
import { layoutTimeline } from "../../lib/timeline";
import type { ReaderArticle } from "./types";

/**
 * The events on an SVG time axis (filled dots happened, hollow dots are scheduled, pale dots have an
 * approximate date; a double slash marks where a long gap was shortened), with the numbered list
 * below carrying the words a screen reader reads. An event whose date the article does not state
 * sits at its inferred date, tagged approximate, and says so instead of quoting words.
 */
export function Timeline({ article }: { article: ReaderArticle }) {
  const { events } = article;
  if (events.length === 0) return null;
  const byId = new Map(events.map((e) => [e.id, e]));
  const marks = layoutTimeline(
    events.map((e) => ({
      id: e.id,
      iso: e.date.iso,
      scheduled: e.date.status === "SCHEDULED",
      approximate: e.date.approximate,
    })),
  );
  const first = marks[0] ? byId.get(marks[0].id) : undefined;
  const last = marks.at(-1) ? byId.get(marks.at(-1)!.id) : undefined;
  return (
    <section className="timeline" aria-labelledby="timeline-h">
      <h2 id="timeline-h">Timeline</h2>
      <svg viewBox="0 0 600 100" aria-hidden="true" focusable="false">
        <line x1="16" y1="60" x2="584" y2="60" stroke="currentColor" strokeWidth="2" />
        {marks.map((m, i) =>
          m.afterBreak && i > 0 ? (
            <path
              key={`break-${m.id}`}
              d={`M${(marks[i - 1]!.x + m.x) / 2 - 6} 68 l6 -16 M${(marks[i - 1]!.x + m.x) / 2} 68 l6 -16`}
              stroke="currentColor"
              strokeWidth="2"
            />
          ) : null,
        )}
        {marks.map((m) => (
          <g key={m.id}>
            <circle
              cx={m.x}
              cy={m.y}
              r="10"
              fill={m.scheduled ? "var(--bg)" : "var(--accent)"}
              fillOpacity={!m.scheduled && m.approximate ? 0.35 : undefined}
              stroke="var(--accent)"
              strokeWidth="3"
              strokeDasharray={m.scheduled ? "4 3" : undefined}
            />
            <text x={m.x} y={m.y - 15} textAnchor="middle" fill="currentColor" fontSize="13" fontWeight="700">
              {m.number}
            </text>
          </g>
        ))}
        {first ? (
          <text x="16" y="92" fill="currentColor" fontSize="13">
            {formatDate(first.date)}
          </text>
        ) : null}
        {last && last !== first ? (
          <text x="584" y="92" textAnchor="end" fill="currentColor" fontSize="13">
            {formatDate(last.date)}
          </text>
        ) : null}
      </svg>
      <ol>
        {marks.map((m) => {
          const e = byId.get(m.id)!;
          const evidence = e.evidence[0];
          return (
            <li key={m.id}>
              <strong>
                <time dateTime={e.date.iso}>{formatDate(e.date)}</time>
              </strong>
              {e.date.status === "SCHEDULED" ? <span className="tag">scheduled</span> : null}
              {e.date.approximate ? <span className="tag">approximate</span> : null}: {e.title}
              {e.location ? (
                <>
                  {" "}
                  in <a href={`/entities/${encodeURIComponent(e.location.key)}`}>{e.location.name}</a>
                </>
              ) : null}
              {evidence ? (
                <>
                  {" "}
                  (
                  <a href={`#s-${sentenceStartOf(article.sentences, evidence.start)}`}>{dateWords(e.date)}</a>
                  )
                </>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
