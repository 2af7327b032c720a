import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApiDown } from "../../../../components/api-down";
import { ArticleText } from "../../../../components/reader/article-text";
import { Factions } from "../../../../components/reader/factions";
import { People } from "../../../../components/reader/people";
import { Quotes } from "../../../../components/reader/quotes";
import { Timeline } from "../../../../components/reader/timeline";
import type { RelationLike } from "../../../../lib/factions";
import { execute } from "../../../../lib/graphql";
import { load } from "../../../../lib/load";
import { oembedAlternates } from "../../../../lib/site-origin";
import { ArticleQuery } from "../../../../operations/article";

type RawRelation = {
  predicate: string;
  subject: { key: string; name: string; kind: string } | null;
  object: { key: string; name: string; kind: string } | null;
};

/** Relations with both ends known, keyed by the entity's URL key. */
function relationsOf(raw: RawRelation[]): RelationLike[] {
  return raw.flatMap((r) =>
    r.subject && r.object
      ? [
          {
            predicate: r.predicate,
            subject: { ...r.subject, id: r.subject.key },
            object: { ...r.object, id: r.object.key },
          },
        ]
      : [],
  );
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const result = await load(() => execute(ArticleQuery, { slug }));
  const title = result.ok && result.data.article ? result.data.article.title : "Article";
  return {
    title,
    alternates: await oembedAlternates(`/articles/${encodeURIComponent(slug)}`, `Quiz: ${title}`),
  };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const result = await load(() => execute(ArticleQuery, { slug }));
  if (!result.ok) return <ApiDown detail={result.down} />;
  const article = result.data.article;
  if (!article) notFound();
  return (
    <article>
      <h1>{article.title}</h1>
      {article.dek ? <p className="dek">{article.dek}</p> : null}
      <p className="meta">
        {[article.byline, article.publisher].filter(Boolean).join(" · ")}
        {article.byline || article.publisher ? " · " : ""}
        <time dateTime={article.publishedAt}>{article.publishedAt}</time>
      </p>
      <p>
        <a className="button" href={`/articles/${article.slug}/quiz`}>
          Take the quiz
        </a>
      </p>
      <div className="reader">
        <ArticleText article={article} />
        <aside aria-label="People, quotes, events and factions">
          <People entities={article.entities} />
          <Timeline article={article} />
          <Factions relations={relationsOf(article.relations)} />
          <Quotes quotes={article.quotes} sentences={article.sentences} />
        </aside>
      </div>
    </article>
  );
}
