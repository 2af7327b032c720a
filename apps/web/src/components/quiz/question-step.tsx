import { answerQuestion, continueQuiz } from "../../app/(site)/articles/[slug]/quiz/actions";
import type { CheckAnswerQuery } from "../../gql/graphql";
import { ANSWER_ERRORS, type AnswerErrorCode, type QuestionView } from "../../lib/answer-form";
import type { QuizState } from "../../lib/quiz-state";
import { Feedback } from "./feedback";
import { QuestionFields } from "./question-fields";
import { StateFields } from "./state-fields";

type Props = {
  slug: string;
  state: QuizState;
  n: number;
  total: number;
  question: QuestionView;
  error?: AnswerErrorCode;
  /** Present after an answer in immediate-feedback mode. */
  checked?: CheckAnswerQuery["checkAnswer"];
  /**
   * Post to this URL (a route handler) instead of the player's server actions; the embed frame uses
   * it so every step is a full page load that re-runs its event script. A hidden `step` field says
   * whether the form answers or continues.
   */
  postTo?: string;
  /** More hidden fields to carry through the post (the embed's settings). */
  extra?: Record<string, string>;
};

/**
 * One question as a real form: a fieldset whose legend is the prompt, native inputs, and a submit
 * button. The status region keeps its place so a changed message is announced after navigation.
 */
export function QuestionStep({ slug, state, n, total, question, error, checked, postTo, extra = {} }: Props) {
  const last = n + 1 >= total;
  const promptId = `prompt-${question.id}`;
  return (
    <form
      {...(postTo ? { action: postTo, method: "post" } : { action: checked ? continueQuiz : answerQuestion })}
      aria-labelledby={promptId}
    >
      <StateFields slug={slug} state={state} n={n} />
      {postTo ? <input type="hidden" name="step" value={checked ? "continue" : "answer"} /> : null}
      {Object.entries(extra).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="total" value={total} />
      <p>
        <label htmlFor="progress">
          Question {n + 1} of {total}
        </label>
        <br />
        <progress id="progress" value={n + 1} max={total} />
      </p>
      <fieldset aria-describedby="quiz-status" data-type={question.type}>
        <legend id={promptId}>{question.prompt}</legend>
        <QuestionFields question={question} answer={state.answers[question.id]} disabled={Boolean(checked)} />
      </fieldset>
      <div id="quiz-status" role="status" aria-live="polite">
        {error ? <p className="error">{ANSWER_ERRORS[error]}</p> : null}
        {checked ? <Feedback slug={slug} result={checked} newTab={Boolean(postTo)} /> : null}
      </div>
      <button type="submit">{checked ? (last ? "See your score" : "Next question") : "Submit answer"}</button>
    </form>
  );
}
