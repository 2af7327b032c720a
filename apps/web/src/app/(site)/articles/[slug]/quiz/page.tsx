import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApiDown } from "../../../../../components/api-down";
import { QuestionStep } from "../../../../../components/quiz/question-step";
import { StartForm } from "../../../../../components/quiz/start-form";
import { toQuestionView } from "../../../../../components/quiz/types";
import { execute } from "../../../../../lib/graphql";
import { load } from "../../../../../lib/load";
import { readPosition } from "../../../../../lib/quiz-params";
import { oembedAlternates } from "../../../../../lib/site-origin";
import { ArticleTitleQuery } from "../../../../../operations/article";
import { CheckAnswerQuery, QuizQuery } from "../../../../../operations/quiz";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { slug } = await params;
  return {
    title: "Quiz",
    alternates: await oembedAlternates(`/articles/${encodeURIComponent(slug)}/quiz`, "Quiz"),
  };
}

export default async function QuizPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const position = readPosition(await searchParams);
  if (!position) {
    const result = await load(() => execute(ArticleTitleQuery, { slug }));
    if (!result.ok) return <ApiDown detail={result.down} />;
    const article = result.data.article;
    if (!article) notFound();
    return (
      <>
        <h1>Quiz: {article.title}</h1>
        <StartForm slug={article.slug} title={article.title} />
      </>
    );
  }
  const { state, n } = position;
  const result = await load(() => execute(QuizQuery, { id: state.quizId }));
  if (!result.ok) return <ApiDown detail={result.down} />;
  const quiz = result.data.quiz;
  const article = quiz?.article;
  if (!quiz || !article || article.slug !== slug) notFound();
  const raw = quiz.questions[Math.min(n, quiz.questions.length - 1)];
  if (!raw) notFound();
  const question = toQuestionView(raw);
  const answer = state.answers[question.id];
  const check =
    position.checked && answer
      ? await load(() => execute(CheckAnswerQuery, { quizId: quiz.key, questionId: question.id, answer }))
      : undefined;
  if (check && !check.ok) return <ApiDown detail={check.down} />;
  const checked = check?.data.checkAnswer;
  return (
    <>
      <h1>Quiz: {article.title}</h1>
      <QuestionStep
        slug={slug}
        state={state}
        n={Math.min(n, quiz.questions.length - 1)}
        total={quiz.questions.length}
        question={question}
        {...(position.error ? { error: position.error } : {})}
        {...(checked ? { checked } : {})}
      />
    </>
  );
}
