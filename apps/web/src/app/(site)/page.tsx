import { ApiDown } from "../../components/api-down";
import { execute } from "../../lib/graphql";
import { load } from "../../lib/load";
import { ArticlesQuery } from "../../operations/articles";

export const dynamic = "force-dynamic";

export default async function Home() {
  const result = await load(() => execute(ArticlesQuery, { first: 50 }));
  if (!result.ok) return <ApiDown detail={result.down} />;
  const articles = result.data.articles.edges
    .map((e) => e.node)
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  return (
    <>
      <h1>Articles</h1>
      {articles.length === 0 ? <p>No articles yet.</p> : null}
      <ul className="cards">
        {articles.map((a) => (
          <li key={a.id}>
            <h2>
              <a href={`/articles/${a.slug}`}>{a.title}</a>
            </h2>
            {a.dek ? <p className="dek">{a.dek}</p> : null}
            <p className="meta">
              <time dateTime={a.publishedAt}>{a.publishedAt}</time>
              {a.publisher ? ` · ${a.publisher}` : ""}
            </p>
            <a className="button" href={`/articles/${a.slug}/quiz`}>
              Take the quiz<span className="visually-hidden">: {a.title}</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
