type Evidence = { start: number; text: string; sentence?: { start: number; text: string } | null };

/**
 * The sentence that proves an answer, linking to it highlighted in the reader. A plain link: a full
 * navigation sets :target, which a client-side pushState would not.
 */
export function EvidenceLink({
  slug,
  evidence,
  newTab,
}: {
  slug: string;
  evidence: Evidence;
  newTab?: boolean;
}) {
  const start = evidence.sentence?.start ?? evidence.start;
  return (
    <blockquote>
      {evidence.sentence?.text ?? evidence.text}{" "}
      <a
        href={`/articles/${encodeURIComponent(slug)}#s-${start}`}
        {...(newTab ? { target: "_blank", rel: "noopener" } : {})}
      >
        Read it in the article
      </a>
    </blockquote>
  );
}
