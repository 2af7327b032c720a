import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApiDown } from "../../../../../components/api-down";
import { BarChart } from "../../../../../components/charts/bar-chart";
import { ScoreChart } from "../../../../../components/charts/score-chart";
import { originOf } from "../../../../../lib/embed-settings";
import { execute } from "../../../../../lib/graphql";
import { load } from "../../../../../lib/load";
import { formatScore, percent, weakestFirst } from "../../../../../lib/stats";
import { QuizStatsQuery } from "../../../../../operations/quiz";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: "Quiz statistics" };

export default async function StatsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const rawOrigin = (await searchParams).origin;
  const typed = (Array.isArray(rawOrigin) ? rawOrigin[0] : rawOrigin)?.trim() ?? "";
  const origin = typed ? originOf(typed) : undefined;
  const result = await load(() =>
    execute(QuizStatsQuery, { quizId: decodeURIComponent(id), ...(origin ? { origin } : {}) }),
  );
  if (!result.ok) return <ApiDown detail={result.down} />;
  const { quiz, quizStats } = result.data;
  if (!quiz?.article || !quizStats) notFound();
  const article = quiz.article;
  const rows = weakestFirst(quiz.questions, quizStats.questions);
  return (
    <>
      <h1>Statistics</h1>
      <p className="dek">
        Quiz on <a href={`/articles/${article.slug}`}>{article.title}</a>
      </p>
      <form method="get" className="row">
        <p>
          <label htmlFor="origin">Only attempts embedded on (an origin such as https://news.example)</label>
          <br />
          <input id="origin" type="text" name="origin" defaultValue={typed} inputMode="url" />{" "}
          <button type="submit">Filter</button>
        </p>
        {typed && !origin ? (
          <p className="error" role="alert">
            "{typed}" is not an origin; write it as scheme://host[:port], e.g. https://news.example. Showing
            all attempts.
          </p>
        ) : null}
      </form>
      <p>
        {origin ? <>From {origin}: </> : null}
        <strong>{quizStats.attempts}</strong> attempt{quizStats.attempts === 1 ? "" : "s"}, mean score{" "}
        <strong>{formatScore(quizStats.meanScore)}</strong> of {quiz.questions.length}.
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
      <div style={{ overflowX: "auto" }}>
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
      </div>
    </>
  );
}
