import { ExtractInputError } from "./errors.js";

const STOP_WORDS = new Set(
  "the a an and or but of to in on at for with by from as is are was were be been has have had it its this that these those he she they we you i his her their our not no will would can could should may might than then there which who whom what when where why how also after before about into over under more most such only other some any all both each".split(
    " ",
  ),
);

/** Below this share of English function words a text of 30+ words is taken as not English. */
export const MIN_ENGLISH_RATIO = 0.12;

/** The share of words that are English function words ("the", "of", "and" …); English news runs at 0.35–0.5. */
export function englishRatio(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  return words.filter((w) => STOP_WORDS.has(w)).length / words.length;
}

/** Refuses a text that is not English; returns a warning for one too short to tell. */
export function checkEnglish(text: string): string | undefined {
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  const ratio = englishRatio(text);
  if (words < 30)
    return ratio < MIN_ENGLISH_RATIO
      ? `the text is too short (${words} words) to be sure it is English`
      : undefined;
  if (ratio < MIN_ENGLISH_RATIO) {
    throw new ExtractInputError(
      `the text does not look like English: ${(ratio * 100).toFixed(0)}% of its words are English function words (English news has 35–50%). Quizwire extracts English articles only.`,
    );
  }
  return undefined;
}
