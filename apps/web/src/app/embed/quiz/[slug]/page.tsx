import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ApiDown } from "../../../../components/api-down";
import { EmbedResults } from "../../../../components/embed/embed-results";
import { EmbedRoot } from "../../../../components/embed/embed-root";
import { type FrameEvent, FrameEvents } from "../../../../components/embed/frame-events";
import { QuestionStep } from "../../../../components/quiz/question-step";
import { toQuestionView } from "../../../../components/quiz/types";
import { describeAnswer } from "../../../../lib/answer-form";
import { embedExtraFields, embedHref } from "../../../../lib/embed-href";
import { embedQuizFor } from "../../../../lib/embed-quiz";
import { readEmbedSettings } from "../../../../lib/embed-settings";
import { execute } from "../../../../lib/graphql";
import { load } from "../../../../lib/load";
import { readPosition } from "../../../../lib/quiz-params";
import { CheckAnswerQuery, QuizQuery } from "../../../../operations/quiz";
import { gradeEmbedAttempt } from "./grade";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: "Quiz", robots: { index: false } };

/**
 * The quiz inside a publisher's frame. Every step is a plain form post and a full page load, so it
 * works without JavaScript; with it, frame.js sizes the frame and tells the host what happened.
 */
export default async function EmbedQuizPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const settings = readEmbedSettings(query);
  const position = readPosition(query);
  if (!position) {
    const created = await load(() => embedQuizFor(slug, settings));
    if (!created.ok) return <EmbedRoot settings={settings}>{<ApiDown detail={created.down} />}</EmbedRoot>;
    const state = { quizId: created.data, mode: settings.mode, key: randomUUID(), answers: {} };
    redirect(embedHref(slug, settings, state, 0));
  }
  const { state, n } = position;
  const again = `/embed/quiz/${encodeURIComponent(slug)}?${new URLSearchParams({ ...embedExtraFields(settings), mode: state.mode })}`;
  if (query.done === "1") {
    const graded = await load(() => gradeEmbedAttempt(state, settings.host));
    if (!graded.ok) return <EmbedRoot settings={settings}>{<ApiDown detail={graded.down} />}</EmbedRoot>;
    if (!graded.data || graded.data.quiz.article?.slug !== slug) notFound();
    const { quiz, attempt } = graded.data;
    const questions = quiz.questions.map(toQuestionView);
    const byId = new Map(attempt.results.map((r) => [r.questionId, r]));
    // With feedback at the end nothing was graded before, so the answers are reported now.
    const answers: FrameEvent[] =
      state.mode === "end"
        ? questions.map((q) => ({
            type: "answer",
            payload: {
              quizId: quiz.key,
              questionId: q.id,
              correct: byId.get(q.id)?.correct ?? false,
              prompt: q.prompt,
              response: describeAnswer(q, state.answers[q.id]),
            },
          }))
        : [];
    return (
      <EmbedRoot settings={settings}>
        <EmbedResults
          slug={slug}
          title={quiz.article?.title ?? ""}
          questions={questions}
          answers={state.answers}
          attempt={attempt}
          againHref={again}
          statsHref={`/quizzes/${encodeURIComponent(quiz.key)}/stats`}
        />
        <FrameEvents
          events={[
            ...answers,
            { type: "complete", payload: { quizId: quiz.key, score: attempt.score, total: attempt.total } },
          ]}
        />
      </EmbedRoot>
    );
  }
  const result = await load(() => execute(QuizQuery, { id: state.quizId }));
  if (!result.ok) return <EmbedRoot settings={settings}>{<ApiDown detail={result.down} />}</EmbedRoot>;
  const quiz = result.data.quiz;
  if (!quiz?.article || quiz.article.slug !== slug) notFound();
  const at = Math.min(n, quiz.questions.length - 1);
  const raw = quiz.questions[at];
  if (!raw) notFound();
  const question = toQuestionView(raw);
  const answer = state.answers[question.id];
  const check =
    position.checked && answer
      ? await load(() => execute(CheckAnswerQuery, { quizId: quiz.key, questionId: question.id, answer }))
      : undefined;
  if (check && !check.ok) return <EmbedRoot settings={settings}>{<ApiDown detail={check.down} />}</EmbedRoot>;
  const checked = check?.data.checkAnswer;
  const events: FrameEvent[] = [];
  if (at === 0 && !checked && Object.keys(state.answers).length === 0) {
    events.push({ type: "ready", payload: { quizId: quiz.key, questionCount: quiz.questions.length } });
  }
  if (checked) {
    events.push({
      type: "answer",
      payload: {
        quizId: quiz.key,
        questionId: question.id,
        correct: checked.correct,
        prompt: question.prompt,
        response: describeAnswer(question, answer),
      },
    });
  }
  return (
    <EmbedRoot settings={settings}>
      <h1 className="embed-title">{quiz.article.title}</h1>
      <QuestionStep
        slug={slug}
        state={state}
        n={at}
        total={quiz.questions.length}
        question={question}
        postTo={`/embed/quiz/${encodeURIComponent(slug)}/step`}
        extra={embedExtraFields(settings)}
        {...(position.error ? { error: position.error } : {})}
        {...(checked ? { checked } : {})}
      />
      <FrameEvents events={events} />
    </EmbedRoot>
  );
}
