import nlp from "compromise";

const NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName", "LastName", "Person", "Honorific"]);
const GIVEN_TAGS = new Set(["FirstName", "MaleName", "FemaleName"]);
/** Endings of abstract nouns and adjectives that are not personal names. */
const COMMON_ENDING =
  /(?:ment|tion|sion|ity|ness|ance|ence|ency|ship|ism|ics|ive|ous|ary|ory|ing|ure|logy|ware|ware)$/i;
/** Capitalised nouns that often start or end names of things, not of people. */
const THING_WORDS = new Set(
  "road street avenue square bridge park day week project system affairs olympics conference department departments angels challenge robot games cup award prize festival summit museum hall tower station airport port island islands river lake mountain valley forest beach coast".split(
    " ",
  ),
);

let lexicon: Record<string, string | string[]> | undefined;

function tagsOf(word: string): string[] {
  lexicon ??= (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model()
    .one.lexicon;
  const tags = lexicon[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

/** True when compromise's lexicon lists the word as a given name ("John", "Yvette"). */
export function isGivenName(word: string): boolean {
  return tagsOf(word).some((t) => GIVEN_TAGS.has(t));
}

/** True when compromise's lexicon lists the word as a personal name (given name or surname). */
export function isNameWord(word: string): boolean {
  return tagsOf(word).some((t) => NAME_TAGS.has(t) && t !== "Honorific");
}

/**
 * True when a capitalised word is an ordinary English word (so a chunk holding it is not a personal
 * name): it is in compromise's lexicon with a non-name tag, has the ending of an abstract noun, is a
 * common name-of-a-thing word, or the article itself writes it in lower case.
 */
export function isCommonWord(word: string, lowerWords: Set<string>): boolean {
  const lower = word.toLowerCase();
  if (THING_WORDS.has(lower) || lowerWords.has(lower)) return true;
  const tags = tagsOf(word);
  if (tags.length > 0) return !tags.some((t) => NAME_TAGS.has(t));
  return word.length > 5 && COMMON_ENDING.test(word);
}

const PROPER_TAGS = new Set(["ProperNoun", "Region", "Place", "City", "Country", "LastName"]);

/** True when compromise knows the word only as a proper noun (a place, a surname), never as a common word. */
export function isProperOnly(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && tags.every((t) => PROPER_TAGS.has(t));
}
