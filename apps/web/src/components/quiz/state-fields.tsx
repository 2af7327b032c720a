import { encodeAnswers, type QuizState } from "../../lib/quiz-state";

/** Hidden inputs that carry the quiz state through a form post, so no session is needed. */
export function StateFields({ slug, state, n }: { slug: string; state: QuizState; n: number }) {
  return (
    <>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="quiz" value={state.quizId} />
      <input type="hidden" name="n" value={n} />
      <input type="hidden" name="mode" value={state.mode} />
      <input type="hidden" name="k" value={state.key} />
      <input type="hidden" name="s" value={encodeAnswers(state.answers)} />
    </>
  );
}
