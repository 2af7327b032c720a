import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApiDown } from "../../../../components/api-down";
import { BarChart } from "../../../../components/charts/bar-chart";
import { execute } from "../../../../lib/graphql";
import { load } from "../../../../lib/load";
import { formatScore, percent, weakestFirst } from "../../../../lib/stats";
import { QuizStatsQuery } from "../../../../operations/quiz";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Quiz statistics" };

export default async function StatsPage({ params }: Props) {
  const { id } = await params;
  const result = await load(() => execute(QuizStatsQuery, { quizId: decodeURIComponent(id) }));
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
      <p>
        <strong>{quizStats.attempts}</strong> attempt{quizStats.attempts === 1 ? "" : "s"}, mean score{" "}
        <strong>{formatScore(quizStats.meanScore)}</strong> of {quiz.questions.length}.
      </p>
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
