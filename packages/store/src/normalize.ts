/**
 * The form used for case- and accent-insensitive matching: NFD with combining marks removed, lower
 * case, every run of non-alphanumerics turned into one space, trimmed. "ARAGHCHÍ" -> "araghchi".
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
