import { percent } from "../../lib/stats";

/** Attempts from one origin; `origin` null: taken on Quizwire itself, not embedded. */
export type OriginRow = { origin: string | null; attempts: number };

type Props = {
  /** The stats page's path; a link adds `?origin=` to it. */
  path: string;
  /** Every origin with its attempts, most first (as the API lists them). */
  origins: OriginRow[];
  /** The origin the page is filtered by, if any. */
  selected?: string | undefined;
};

/** The stats page's URL filtered by `origin`, or unfiltered without one. */
export const originHref = (path: string, origin?: string) =>
  origin ? `${path}?origin=${encodeURIComponent(origin)}` : path;

// Origins are long unbroken words: let them wrap anywhere so a 320 px screen does not scroll sideways.
const wrap = { overflowWrap: "anywhere", fontWeight: 400 } as const;

/**
 * Where a quiz was taken: attempts and share per embedding origin, each origin a plain link that
 * filters the page (no script needed), "All origins" first; the shown one has `aria-current`.
 */
export function OriginTable({ path, origins, selected }: Props) {
  const total = origins.reduce((n, o) => n + o.attempts, 0);
  // A filter typed into the URL for an origin with no attempts still gets its (empty) row.
  const rows =
    selected && !origins.some((o) => o.origin === selected)
      ? [...origins, { origin: selected, attempts: 0 }]
      : origins;
  const share = (n: number) => (total > 0 ? percent(n / total) : "–");
  const link = (label: string, origin?: string) => {
    const current = origin === selected;
    return (
      <a href={originHref(path, origin)} aria-current={current ? "page" : undefined}>
        {current ? <strong>{label}</strong> : label}
      </a>
    );
  };
  return (
    <table>
      <caption className="visually-hidden">Attempts per embedding origin</caption>
      <thead>
        <tr>
          <th scope="col">Origin</th>
          <th scope="col">Attempts</th>
          <th scope="col">Share</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row" style={wrap}>
            {link("All origins")}
          </th>
          <td>{total}</td>
          <td>{share(total)}</td>
        </tr>
        {rows.map((o) => (
          <tr key={o.origin ?? ""}>
            <th scope="row" style={wrap}>
              {o.origin === null ? "Quizwire itself (not embedded)" : link(o.origin, o.origin)}
            </th>
            <td>{o.attempts}</td>
            <td>{share(o.attempts)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
