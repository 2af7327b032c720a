import type { SubmitAttemptMutation } from "../../gql/graphql";
import { describeAnswer, type QuestionView } from "../../lib/answer-form";
import type { Answer } from "../../lib/quiz-state";
import { formatScore } from "../../lib/stats";
import { EvidenceLink } from "../quiz/evidence-link";

type Props = {
  slug: string;
  title: string;
  questions: QuestionView[];
  answers: Record<string, Answer>;
  attempt: SubmitAttemptMutation["submitAttempt"];
  /** Where "Try another quiz" goes: the embed's first page with the same settings. */
  againHref: string;
  /** The quiz's statistics (opened in a new tab: the site itself may not be framed). */
  statsHref: string;
};

/** The score and each answer with its proof, compact enough for a frame. */
export function EmbedResults({ slug, title, questions, answers, attempt, againHref, statsHref }: Props) {
  const byId = new Map(attempt.results.map((r) => [r.questionId, r]));
  return (
    <>
      <h1>Your results</h1>
      <p data-score={attempt.score} data-total={attempt.total}>
        You scored <strong>{formatScore(attempt.score)}</strong> out of {attempt.total} on <em>{title}</em>.
      </p>
      <ol className="results">
        {questions.map((q) => {
          const r = byId.get(q.id);
          return (
            <li key={q.id}>
              <p>
                <strong>{q.prompt}</strong>
                <br />
                Your answer: {describeAnswer(q, answers[q.id])}{" "}
                <span className={r?.correct ? "ok" : "bad"}>{r?.correct ? "Right" : "Not right"}</span>
              </p>
              {r && !r.correct ? <p>The answer: {r.correctAnswer}</p> : null}
              {r?.evidence.slice(0, 1).map((e) => (
                <EvidenceLink key={e.start} slug={slug} evidence={e} newTab />
              ))}
            </li>
          );
        })}
      </ol>
      <p>
        <a className="button" href={againHref}>
          Try again
        </a>{" "}
        <a className="button secondary" href={statsHref} target="_blank" rel="noopener">
          How other readers did
        </a>
      </p>
    </>
  );
}
