const words = (list: string) => new Set(list.trim().split(/\s+/));

/**
 * Words that end in a period without ending the sentence. Titles and other words that always
 * precede a name or number never end a sentence ("Mr. Toccafondi", "No. 10").
 */
export const PREFIX_ABBREVIATIONS = words(`
  mr mrs ms mx dr prof gen sen rep gov lt col sgt capt cpt cmdr adm maj rev hon pres supt insp
  st mt ft no nos fig vs v cf approx ca e.g i.e
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

/**
 * Abbreviations that may also close a sentence ("…traveling to the U.S. The President…"): a break is
 * made only when the next word is one that usually opens a sentence. Lone capitals (initials) and
 * dotted letters ("D.C.") are treated the same way.
 */
export const AMBIGUOUS_ABBREVIATIONS = words(
  "u.s u.k u.n e.u d.c u.s.a inc corp ltd co jr sr bros etc a.m p.m al",
);

/** Words that usually open a sentence; after an ambiguous abbreviation they mark a break. */
export const SENTENCE_STARTERS = words(`
  a an the this that these those he she it they we i you his her its their our my there
  but and so yet however in on at after before when while if as for since meanwhile also both
  many some most according what who why how where which whether not no now
  then still even just only such each every all despite although though with without from during
  until instead nevertheless ultimately is was are were do did does can
`);
