/**
 * The form a typed answer is compared in: accents, case, punctuation and spacing removed, and a
 * leading article dropped, so "Disaster", "a disaster" and "dísaster!" all read "disaster".
 */
export function normaliseAnswer(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, "")
    .trim()
    .replace(/^(a|an|the)\s+/u, "")
    .replace(/\s+/gu, "");
}

/** Whether a typed text matches one of the accepted texts. */
export function textMatches(text: string, accepted: readonly string[]): boolean {
  const given = normaliseAnswer(text);
  return given.length > 0 && accepted.some((a) => normaliseAnswer(a) === given);
}
