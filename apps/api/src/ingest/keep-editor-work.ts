import type { AnnotatedArticle } from "@quizwire/content";
import { type Corrections, mergeCorrections } from "@quizwire/extract";
import type { Context } from "../context.js";
import { badInput } from "../errors.js";

const LISTS = ["entities", "quotes", "events", "relations"] as const;

/**
 * An editor's work wins over a new draft. A stored article that is wholly CURATED is never replaced
 * by a draft (BAD_USER_INPUT); for a stored DRAFT, the facts an editor corrected (provenance status
 * CURATED) are merged over the new draft, as `ingest` merges a `<slug>.curated.json` file. When the
 * text changed so much that those facts no longer fit it, the ingest is refused with the reasons.
 */
export async function keepEditorWork(ctx: Context, draft: AnnotatedArticle): Promise<AnnotatedArticle> {
  const { id, slug } = draft.article;
  const [row] = await ctx.store.articlesByIds([id]);
  if (!row) return draft;
  if (row.status === "CURATED")
    throw badInput(
      `The article "${slug}" is curated by an editor; a draft would replace that work. Correct its data file instead, or ingest under another slug.`,
    );
  const stored = await ctx.store.annotatedArticle(id);
  const corrections = stored ? curatedFacts(stored) : undefined;
  if (!corrections) return draft;
  try {
    return mergeCorrections(draft, corrections, `the corrections stored for "${slug}"`);
  } catch (error) {
    throw badInput(
      `The stored "${slug}" holds an editor's corrections that do not fit the new text, so it was left as it was: ${(error as Error).message}`,
    );
  }
}

/** The stored facts an editor corrected, as a corrections object; undefined when there are none. */
function curatedFacts(stored: AnnotatedArticle): Corrections | undefined {
  const corrections: Corrections = {};
  let any = false;
  for (const list of LISTS) {
    const items = (stored[list] as { provenance?: { status?: string } }[]).filter(
      (x) => x.provenance?.status === "CURATED",
    );
    if (items.length > 0) {
      corrections[list] = items as Corrections[typeof list];
      any = true;
    }
  }
  return any ? corrections : undefined;
}
