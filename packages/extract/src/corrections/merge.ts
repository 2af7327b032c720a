import {
  type AnnotatedArticle,
  CURATED,
  formatContentError,
  validateAnnotatedArticle,
} from "@quizwire/content";

/** An item of a corrections file: replaces or amends the draft item with the same id, or removes it. */
type Correction = { id: string; remove?: boolean } & Record<string, unknown>;

/** An editor's corrections: any part of an annotated article; lists are matched by id. */
export interface Corrections {
  article?: Record<string, unknown>;
  entities?: Correction[];
  quotes?: Correction[];
  events?: Correction[];
  relations?: Correction[];
}

const LISTS = ["entities", "quotes", "events", "relations"] as const;

/**
 * Applies an editor's corrections to a draft; the corrections win. Article fields replace the
 * draft's; in each list an item with a draft item's id is merged over it (fields given replace
 * fields), `{ id, remove: true }` removes it, and an unknown id adds a new item. Corrected and added
 * items are marked CURATED unless they say otherwise. The result is validated; invalid
 * corrections throw, naming every problem.
 */
export function mergeCorrections(
  draft: AnnotatedArticle,
  corrections: Corrections,
  file = "corrections",
): AnnotatedArticle {
  if (typeof corrections !== "object" || corrections === null || Array.isArray(corrections)) {
    throw new Error(
      `${file}: corrections must be a JSON object like an annotated article (article, entities, quotes, events, relations)`,
    );
  }
  const merged: Record<string, unknown> = {
    ...draft,
    article: { ...draft.article, ...(corrections.article ?? {}) },
  };
  for (const list of LISTS) {
    const fixes = corrections[list];
    if (fixes === undefined) continue;
    if (!Array.isArray(fixes)) throw new Error(`${file}: ${list} must be a list of items with ids`);
    const items: Record<string, unknown>[] = (draft[list] as unknown as Record<string, unknown>[]).map(
      (x) => ({ ...x }),
    );
    for (const [n, fix] of fixes.entries()) {
      if (typeof fix?.id !== "string")
        throw new Error(`${file}: ${list}[${n}] has no id: say which item it corrects or give a new id`);
      const at = items.findIndex((x) => x.id === fix.id);
      const { remove, ...fields } = fix;
      if (remove) {
        if (at >= 0) items.splice(at, 1);
        continue;
      }
      const item: Record<string, unknown> = { ...(at >= 0 ? items[at] : {}), provenance: CURATED, ...fields };
      if (list === "quotes" && !("speakerResolution" in fields)) item.speakerResolution = "CURATED";
      if (at >= 0) items[at] = item;
      else items.push(item);
    }
    merged[list] = items;
  }
  const checked = validateAnnotatedArticle(merged, file);
  if (!checked.ok)
    throw new Error(
      `the corrected article is not valid:\n${checked.errors.map(formatContentError).join("\n")}`,
    );
  return checked.value;
}
