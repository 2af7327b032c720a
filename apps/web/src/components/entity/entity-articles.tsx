import { formatDate } from "../../lib/dates";
import { EntityFacts } from "./entity-facts";
import type { ArticleFacts, ArticleRef } from "./types";

const articleHref = (article: ArticleRef) => `/articles/${encodeURIComponent(article.slug)}`;

function Published({ article }: { article: ArticleRef }) {
  if (!article.publishedAt) return null;
  return (
    <time dateTime={article.publishedAt}>{formatDate({ iso: article.publishedAt, precision: "DAY" })}</time>
  );
}

/**
 * The entity's facts by article (see `groupByArticle`). With one article the sections stand on
 * their own under a line naming it; with more, each article gets a heading that links to it.
 */
export function EntityArticles({ groups }: { groups: ArticleFacts[] }) {
  if (groups.length === 0) return <p>No article names it yet.</p>;
  const only = groups.length === 1 ? groups[0] : undefined;
  if (only) {
    return (
      <>
        {only.article ? (
          <p className="meta">
            Named in <a href={articleHref(only.article)}>{only.article.title}</a>
            {only.article.publishedAt ? ", " : ""}
            <Published article={only.article} />.
          </p>
        ) : null}
        <EntityFacts facts={only} level={2} idPrefix="" />
      </>
    );
  }
  return groups.map((g, i) => (
    <section key={g.article?.slug ?? ""} aria-labelledby={`a${i}-h`}>
      <h2 id={`a${i}-h`}>
        {g.article ? <a href={articleHref(g.article)}>{g.article.title}</a> : "Not from an article"}
      </h2>
      {g.article?.publishedAt ? (
        <p className="meta">
          Published <Published article={g.article} />
        </p>
      ) : null}
      <EntityFacts facts={g} level={3} idPrefix={`a${i}-`} />
    </section>
  ));
}
