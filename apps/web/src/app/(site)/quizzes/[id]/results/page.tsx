import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApiDown } from "../../../../../components/api-down";
import { EvidenceLink } from "../../../../../components/quiz/evidence-link";
import { toQuestionView } from "../../../../../components/quiz/types";
import { describeAnswer } from "../../../../../lib/answer-form";
import { execute } from "../../../../../lib/graphql";
import { load } from "../../../../../lib/load";
import { readPosition } from "../../../../../lib/quiz-params";
import { formatScore } from "../../../../../lib/stats";
import { QuizQuery, SubmitAttemptMutation } from "../../../../../operations/quiz";

/** Right, wrong, or partly right with the credit earned (MULTI_SELECT, ORDERING, MATCHING). */
function verdict(r: { correct: boolean; credit: number } | undefined): string {
  if (!r) return "Not answered";
  if (r.correct) return "Right";
  return r.credit > 0 ? `Partly right (${formatScore(r.credit)} of 1)` : "Wrong";
}

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: "Your results" };

/**
 * Grades the attempt on the server. The idempotency key in the URL makes a reload show the same
 * result and store one attempt.
 */
export default async function ResultsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const position = readPosition({ ...(await searchParams), quiz: id });
  if (!position) notFound();
  const { state } = position;
  const result = await load(async () => {
    const { quiz } = await execute(QuizQuery, { id });
    if (!quiz?.article) return undefined;
    // Unanswered questions score 0 in the API, so only the answers given are sent.
    const answers = quiz.questions.flatMap((q) => {
      const given = state.answers[q.id];
      return given ? [{ questionId: q.id, ...given }] : [];
    });
    const { submitAttempt } = await execute(SubmitAttemptMutation, {
      input: { quizId: id, answers, idempotencyKey: state.key },
    });
    return { quiz, article: quiz.article, attempt: submitAttempt };
  });
  if (!result.ok) return <ApiDown detail={result.down} />;
  if (!result.data) notFound();
  const { quiz, article, attempt } = result.data;
  const slug = article.slug;
  const byId = new Map(attempt.results.map((r) => [r.questionId, r]));
  return (
    <>
      <h1>Your results</h1>
      <p className="dek">
        You scored <strong>{formatScore(attempt.score)}</strong> out of {attempt.total} on{" "}
        <em>{article.title}</em>.
      </p>
      <ol className="results">
        {quiz.questions.map((raw, i) => {
          const q = toQuestionView(raw);
          const r = byId.get(q.id);
          return (
            <li key={q.id}>
              <h2 style={{ fontSize: "1.1rem" }}>
                {i + 1}. {q.prompt}
              </h2>
              <p>
                Your answer: {describeAnswer(q, state.answers[q.id])}{" "}
                <span className={r?.correct ? "ok" : "bad"}>{verdict(r)}</span>
              </p>
              {r && !r.correct ? <p>The answer: {r.correctAnswer}</p> : null}
              {r ? <p>{r.explanation}</p> : null}
              {r?.evidence.slice(0, 1).map((e) => (
                <EvidenceLink key={e.start} slug={slug} evidence={e} />
              ))}
            </li>
          );
        })}
      </ol>
      <p>
        <a className="button" href={`/articles/${slug}/quiz`}>
          Take another quiz
        </a>{" "}
        <a className="button secondary" href={`/quizzes/${encodeURIComponent(id)}/stats`}>
          How others did
        </a>
      </p>
    </>
  );
}
