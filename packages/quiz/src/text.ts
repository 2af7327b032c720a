/** "a, b and c". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** "a" or "an" before a word, by its first letter. */
export function indefinite(word: string): string {
  return /^[aeiou]/i.test(word) ? "an" : "a";
}

/** A title compared without case, accents or punctuation. */
export function sameWords(a: string, b: string): boolean {
  return wordKey(a) === wordKey(b);
}

// Titles and quotes are compared many times while building a pool; Unicode normalisation is the cost.
const wordKeys = new Map<string, string>();

export function wordKey(text: string): string {
  const known = wordKeys.get(text);
  if (known !== undefined) return known;
  if (wordKeys.size > 50_000) wordKeys.clear();
  const key = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  wordKeys.set(text, key);
  return key;
}

/**
 * Lower-cases the first letter of a headline-like phrase when the body uses that first word in lower
 * case somewhere, so "Second round of talks" reads "second round of talks" but "Trump" stays.
 */
export function lowerFirstIfCommon(phrase: string, body: string): string {
  const first = phrase.match(/^\p{L}+/u)?.[0];
  if (!first) return phrase;
  const lower = first.toLowerCase();
  if (lower === first || !isCommonPhrase(phrase, body)) return phrase;
  return lower + phrase.slice(first.length);
}

/**
 * Whether a phrase reads as a common noun phrase: its first word is lower case, or the body never
 * writes it capitalised in mid-sentence (so "Second round of talks" is common, "Trump's meeting" is not).
 */
export function isCommonPhrase(phrase: string, body: string): boolean {
  if (/^\p{Ll}/u.test(phrase)) return true;
  const first = phrase.match(/^\p{L}+/u)?.[0];
  if (!first) return false;
  for (let at = body.indexOf(first); at >= 0; at = body.indexOf(first, at + 1)) {
    if (/\p{L}/u.test(body.charAt(at + first.length))) continue;
    let i = at - 1;
    if (body[i] === "“" || body[i] === '"') i--;
    if (!/\s/.test(body.charAt(i))) continue;
    while (i > 0 && /\s/.test(body.charAt(i))) i--;
    if (/[\p{L}\p{N},;:—–]/u.test(body.charAt(i))) return false;
  }
  return true;
}

/** Trims trailing punctuation and spaces from a clause. */
export function trimClause(text: string): string {
  return text.replace(/[\s,.;:—–-]+$/u, "").trim();
}

/** First letter upper case. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Code-unit order of two strings: stable everywhere and much cheaper than localeCompare. */
export function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
