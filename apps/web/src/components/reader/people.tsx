import type { ReaderEntity } from "./types";

/** The people in the article with the posts the text gives them. */
export function People({ entities }: { entities: ReaderEntity[] }) {
  const people = entities.filter((e) => e.kind === "PERSON");
  if (people.length === 0) return null;
  return (
    <section aria-labelledby="people-h">
      <h2 id="people-h">People</h2>
      <ul>
        {people.map((p) => (
          <li key={p.id}>
            <a href={`/entities/${encodeURIComponent(p.key)}`}>{p.name}</a>
            {p.roles.length > 0 ? `: ${p.roles.map((r) => r.title).join("; ")}` : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
