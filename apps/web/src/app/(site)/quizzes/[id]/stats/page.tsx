import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApiDown } from "../../../../../components/api-down";
import { BarChart } from "../../../../../components/charts/bar-chart";
import { ScoreChart } from "../../../../../components/charts/score-chart";
import { OriginTable } from "../../../../../components/stats/origin-table";
import { ApiError } from "../../../../../lib/api-error";
import { execute } from "../../../../../lib/graphql";
import { load } from "../../../../../lib/load";
import { formatScore, percent, weakestFirst } from "../../../../../lib/stats";
import { QuizStatsQuery } from "../../../../../operations/quiz";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: "Quiz statistics" };

/**
 * The stats, filtered by `origin` when given. The API decides what an origin is: when it refuses
 * one (BAD_USER_INPUT), the page shows its sentence over the unfiltered stats.
 */
async function statsFor(quizId: string, origin: string | undefined) {
  if (!origin) return { data: await execute(QuizStatsQuery, { quizId }) };
  try {
    return { data: await execute(QuizStatsQuery, { quizId, origin }), origin };
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== "BAD_USER_INPUT") throw error;
    return { data: await execute(QuizStatsQuery, { quizId }), refused: error.message };
  }
}

export default async function StatsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const rawOrigin = (await searchParams).origin;
  const asked = (Array.isArray(rawOrigin) ? rawOrigin[0] : rawOrigin)?.trim() || undefined;
  const quizId = decodeURIComponent(id);
  const result = await load(() => statsFor(quizId, asked));
  if (!result.ok) return <ApiDown detail={result.down} />;
  const { origin, refused } = result.data;
  const { quiz, quizStats } = result.data.data;
  if (!quiz?.article || !quizStats) notFound();
  const article = quiz.article;
  const rows = weakestFirst(quiz.questions, quizStats.questions);
  return (
    <>
      <h1>Statistics</h1>
      <p className="dek">
        Quiz on <a href={`/articles/${article.slug}`}>{article.title}</a>
      </p>
      {refused ? (
        <p className="error" role="alert">
          {refused} Showing all attempts.
        </p>
      ) : null}
      <p>
        {origin ? <>From {origin}: </> : null}
        <strong>{quizStats.attempts}</strong> attempt{quizStats.attempts === 1 ? "" : "s"}, mean score{" "}
        <strong>{formatScore(quizStats.meanScore)}</strong> of {quiz.questions.length}.
      </p>
      <h2>Where it was taken</h2>
      <OriginTable
        path={`/quizzes/${encodeURIComponent(quizId)}/stats`}
        origins={quizStats.origins}
        selected={origin}
      />
      <p className="meta">
        Pick an origin to see only the attempts of pages embedding the quiz there. Attempts taken on Quizwire
        itself count in all origins.
      </p>
      <h2>Scores</h2>
      <ScoreChart
        title={`Number of attempts per score, from 0 to ${quiz.questions.length}`}
        buckets={quizStats.distribution}
      />
      <h2>Share correct per question, weakest first</h2>
      <BarChart
        title="Share of attempts answering each question correctly"
        max={1}
        bars={rows.map((r) => ({
          label: `Q${r.number}`,
          value: r.shareCorrect,
          text: percent(r.shareCorrect),
        }))}
      />
      {/* Scrolls sideways on narrow screens: focusable and named, so a keyboard can scroll it too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1) */}
      <section style={{ overflowX: "auto" }} aria-label="Questions, weakest first" tabIndex={0}>
        <table>
          <caption className="visually-hidden">Questions, weakest first</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Correct</th>
              <th scope="col">Mean credit</th>
              <th scope="col">Discrimination</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.questionId}>
                <th scope="row" style={{ textAlign: "left", fontWeight: 400 }}>
                  Q{r.number}. {r.prompt}
                </th>
                <td>{percent(r.shareCorrect)}</td>
                <td>{percent(r.meanCredit)}</td>
                <td>{r.discrimination == null ? "–" : r.discrimination.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
