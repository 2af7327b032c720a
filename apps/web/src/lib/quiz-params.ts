import { ANSWER_ERRORS, type AnswerErrorCode } from "./answer-form";
import { decodeAnswers, type QuizState } from "./quiz-state";

type Params = Record<string, string | string[] | undefined>;

/** Where the player is in a quiz, read from the URL or a submitted form. */
export type QuizPosition = { state: QuizState; n: number; checked: boolean; error?: AnswerErrorCode };

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const str = (v: unknown) => {
  const x = first(v);
  return typeof x === "string" ? x : "";
};

/** Reads the quiz position from search params or form data; undefined when no quiz was started. */
export function readPosition(source: Params | FormData): QuizPosition | undefined {
  const get = (k: string) => str(source instanceof FormData ? source.get(k) : source[k]);
  const quizId = get("quiz");
  if (!quizId) return undefined;
  const n = Number.parseInt(get("n"), 10);
  const err = get("err");
  return {
    state: {
      quizId,
      mode: get("mode") === "now" ? "now" : "end",
      key: get("k") || "missing-key",
      answers: decodeAnswers(get("s") || undefined),
    },
    n: Number.isInteger(n) && n >= 0 ? n : 0,
    checked: get("checked") === "1",
    ...(err in ANSWER_ERRORS ? { error: err as AnswerErrorCode } : {}),
  };
}
