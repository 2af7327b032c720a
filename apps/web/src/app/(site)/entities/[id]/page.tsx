import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApiDown } from "../../../../components/api-down";
import { EntityArticles } from "../../../../components/entity/entity-articles";
import { groupByArticle } from "../../../../components/entity/group-by-article";
import { execute } from "../../../../lib/graphql";
import { load } from "../../../../lib/load";
import { EntityQuery } from "../../../../operations/entity";

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
      {/* Every quote, event and mention is a plain link to its sentence in the reader. */}
      <EntityArticles groups={groupByArticle(entity)} />
    </>
  );
}
