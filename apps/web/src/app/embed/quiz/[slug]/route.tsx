import { randomUUID } from "node:crypto";
import { ApiDown } from "../../../../components/api-down";
import { embedPage } from "../../../../components/embed/embed-page";
import { EmbedResults } from "../../../../components/embed/embed-results";
import { type FrameEvent, FrameEvents } from "../../../../components/embed/frame-events";
import { QuestionStep } from "../../../../components/quiz/question-step";
import { toQuestionView } from "../../../../components/quiz/types";
import { describeAnswer } from "../../../../lib/answer-form";
import { ApiDownError, isNotFound } from "../../../../lib/api-error";
import { embedExtraFields, embedHref } from "../../../../lib/embed-href";
import { embedQuizFor } from "../../../../lib/embed-quiz";
import { type EmbedSettings, readEmbedSettings } from "../../../../lib/embed-settings";
import { execute } from "../../../../lib/graphql";
import { readPosition } from "../../../../lib/quiz-params";
import { CheckAnswerQuery, QuizQuery } from "../../../../operations/quiz";
import { gradeEmbedAttempt } from "./grade";

type Context = { params: Promise<{ slug: string }> };
type Query = Record<string, string | string[]>;

/**
 * The quiz inside a publisher's frame. Every step is a plain form post and a full page load, so it
 * works without JavaScript; with it, frame.js sizes the frame and tells the host what happened.
 * A route handler rather than a page, so the frame is plain HTML without Next's client runtime.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  const query = readQuery(new URL(request.url).searchParams);
  const settings = readEmbedSettings(query);
  try {
    return await show(slug, settings, query);
  } catch (error) {
    if (error instanceof ApiDownError) return embedPage(settings, <ApiDown detail={error.message} />);
    if (isNotFound(error)) return missing(settings);
    console.error(error);
    return embedPage(
      settings,
      <section role="alert">
        <h1>Something went wrong</h1>
        <p>The quiz could not be shown. Reload the page to try again.</p>
      </section>,
      { status: 500, title: "Error" },
    );
  }
}

/** The query as Next gives a page its searchParams: repeated keys as arrays. */
function readQuery(params: URLSearchParams): Query {
  const query: Query = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    query[key] = all.length > 1 ? all : all[0]!;
  }
  return query;
}

const missing = (settings: EmbedSettings) =>
  embedPage(
    settings,
    <>
      <h1>Not found</h1>
      <p>There is no quiz at this address. It may have been mistyped or removed.</p>
    </>,
    { status: 404, title: "Not found" },
  );

/** A new quiz redirects to its first question; otherwise the question, its feedback, or the results. */
async function show(slug: string, settings: EmbedSettings, query: Query): Promise<Response> {
  const position = readPosition(query);
  if (!position) {
    const quizId = await embedQuizFor(slug, settings);
    const state = { quizId, mode: settings.mode, key: randomUUID(), answers: {} };
    return new Response(null, { status: 307, headers: { location: embedHref(slug, settings, state, 0) } });
  }
  const { state, n } = position;
  if (query.done === "1") {
    const graded = await gradeEmbedAttempt(state, settings.host);
    if (!graded || graded.quiz.article?.slug !== slug) return missing(settings);
    const { quiz, attempt } = graded;
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
    const again = `/embed/quiz/${encodeURIComponent(slug)}?${new URLSearchParams({ ...embedExtraFields(settings), mode: state.mode })}`;
    return embedPage(
      settings,
      <>
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
      </>,
    );
  }
  const { quiz } = await execute(QuizQuery, { id: state.quizId });
  if (!quiz?.article || quiz.article.slug !== slug) return missing(settings);
  const at = Math.min(n, quiz.questions.length - 1);
  const raw = quiz.questions[at];
  if (!raw) return missing(settings);
  const question = toQuestionView(raw);
  const answer = state.answers[question.id];
  const checked =
    position.checked && answer
      ? (await execute(CheckAnswerQuery, { quizId: quiz.key, questionId: question.id, answer })).checkAnswer
      : undefined;
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
  return embedPage(
    settings,
    <>
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
    </>,
  );
}
