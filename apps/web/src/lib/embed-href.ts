import { type EmbedSettings, settingsFields } from "./embed-settings";
import { encodeAnswers, type QuizState } from "./quiz-state";

/** The settings as hidden fields, less `mode`, which the quiz state already carries. */
export function embedExtraFields(settings: EmbedSettings): Record<string, string> {
  const { mode: _mode, ...rest } = settingsFields(settings);
  return rest;
}

/** The embed frame's URL for question `n`, or for the results with `{ done: "1" }`. */
export function embedHref(
  slug: string,
  settings: EmbedSettings,
  state: QuizState,
  n: number,
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams({
    ...embedExtraFields(settings),
    quiz: state.quizId,
    n: String(n),
    mode: state.mode,
    k: state.key,
    s: encodeAnswers(state.answers),
    ...extra,
  });
  return `/embed/quiz/${encodeURIComponent(slug)}?${params}`;
}
