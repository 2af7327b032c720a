import { factionsOf, type RelationLike, type Stance } from "../../lib/factions";

const href = (id: string) => `/entities/${encodeURIComponent(id)}`;

function StanceItem({ s }: { s: Stance }) {
  return (
    <li>
      <a href={href(s.holder.id)}>{s.holder.name}</a> {s.predicate === "ADVOCATES" ? "advocates" : "opposes"}{" "}
      <a href={href(s.position.id)}>{s.position.name}</a>
    </li>
  );
}

/** The factions of the story, their members and the stances they take. */
export function Factions({ relations }: { relations: RelationLike[] }) {
  const { factions, others } = factionsOf(relations);
  if (factions.length === 0 && others.length === 0) return null;
  return (
    <section aria-labelledby="factions-h">
      <h2 id="factions-h">Factions and stances</h2>
      {factions.map((f) => (
        <div key={f.group.id}>
          <h3>
            <a href={href(f.group.id)}>{f.group.name}</a>
          </h3>
          {f.members.length > 0 ? (
            <p>
              Members:{" "}
              {f.members.map((m, i) => [
                i > 0 ? ", " : "",
                <a key={m.id} href={href(m.id)}>
                  {m.name}
                </a>,
              ])}
            </p>
          ) : null}
          <ul>
            {f.stances.map((s) => (
              <StanceItem key={`${s.holder.id}-${s.position.id}`} s={s} />
            ))}
          </ul>
        </div>
      ))}
      {others.length > 0 ? (
        <>
          <h3>Other stances</h3>
          <ul>
            {others.map((s) => (
              <StanceItem key={`${s.holder.id}-${s.position.id}`} s={s} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
