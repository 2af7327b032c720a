import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApiDown } from "../../../../components/api-down";
import { formatDate } from "../../../../lib/dates";
import { execute } from "../../../../lib/graphql";
import { load } from "../../../../lib/load";
import { EntityQuery } from "../../../../operations/entity";

type MentionLike = {
  articleSlug: string;
  start: number;
  text: string;
  sentence?: { start: number; text: string } | null;
};

/** One link per sentence that names the entity, in the order the articles name it. */
function uniqueSentences(mentions: MentionLike[]) {
  const seen = new Map<string, { articleSlug: string; start: number; text: string }>();
  for (const m of mentions) {
    const start = m.sentence?.start ?? m.start;
    const key = `${m.articleSlug}#${start}`;
    if (!seen.has(key))
      seen.set(key, { articleSlug: m.articleSlug, start, text: m.sentence?.text ?? m.text });
  }
  return [...seen.values()];
}

type Props = { params: Promise<{ id: string }> };

const KIND_NAMES: Record<string, string> = { MEDIA_OUTLET: "media outlet" };
const kindName = (kind: string) => KIND_NAMES[kind] ?? kind.toLowerCase();

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const result = await load(() => execute(EntityQuery, { id: decodeURIComponent(id) }));
  return { title: result.ok && result.data.entity ? result.data.entity.name : "Entity" };
}

export default async function EntityPage({ params }: Props) {
  const { id } = await params;
  const result = await load(() => execute(EntityQuery, { id: decodeURIComponent(id) }));
  if (!result.ok) return <ApiDown detail={result.down} />;
  const entity = result.data.entity;
  if (!entity) notFound();
  return (
    <>
      <h1>{entity.name}</h1>
      <p className="meta">
        A {kindName(entity.kind)}
        {entity.aliases.length > 0 ? `, also called ${entity.aliases.join(", ")}` : ""}.
      </p>
      {entity.description ? <p>{entity.description}</p> : null}
      {entity.roles.length > 0 ? (
        <section className="panel" aria-labelledby="posts-h">
          <h2 id="posts-h">Posts</h2>
          <ul>
            {entity.roles.map((r) => (
              <li key={r.title}>{r.title}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {entity.quotes.length > 0 ? (
        <section className="panel" aria-labelledby="quotes-h">
          <h2 id="quotes-h">Quotes</h2>
          {entity.quotes.map((q) => (
            <figure key={q.id} style={{ margin: "0 0 1rem" }}>
              <blockquote>{q.kind === "PARAPHRASE" ? q.text : `“${q.text}”`}</blockquote>
              <figcaption>
                {q.channel ? `${q.channel}, ` : ""}
                {q.article ? (
                  <a href={`/articles/${q.article.slug}#s-${q.evidence.sentence?.start ?? q.evidence.start}`}>
                    in {q.article.title}
                  </a>
                ) : null}
              </figcaption>
            </figure>
          ))}
        </section>
      ) : null}
      {entity.events.length > 0 ? (
        <section className="panel" aria-labelledby="events-h">
          <h2 id="events-h">Events</h2>
          <ul>
            {entity.events.map((e) => (
              <li key={e.id}>
                <time dateTime={e.date.iso}>{formatDate(e.date)}</time>
                {e.date.status === "SCHEDULED" ? <span className="tag">scheduled</span> : null}: {e.title}
                {e.location ? ` in ${e.location.name}` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="panel" aria-labelledby="mentions-h">
        <h2 id="mentions-h">Mentions</h2>
        <p>
          Named {entity.mentions.length} time{entity.mentions.length === 1 ? "" : "s"}.
        </p>
        <ul>
          {uniqueSentences(entity.mentions).map((m) => (
            <li key={`${m.articleSlug}-${m.start}`}>
              {/* A plain link: a full navigation sets :target, which highlights the sentence. */}
              <a href={`/articles/${encodeURIComponent(m.articleSlug)}#s-${m.start}`}>{m.text}</a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
