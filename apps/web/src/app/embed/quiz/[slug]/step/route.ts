import { toQuestionView } from "../../../../../components/quiz/types";
import { readAnswer } from "../../../../../lib/answer-form";
import { ApiDownError } from "../../../../../lib/api-error";
import { embedHref } from "../../../../../lib/embed-href";
import { readEmbedSettings } from "../../../../../lib/embed-settings";
import { execute } from "../../../../../lib/graphql";
import { readPosition } from "../../../../../lib/quiz-params";
import { QuizQuery } from "../../../../../operations/quiz";

type Context = { params: Promise<{ slug: string }> };

/**
 * A 303 to `href`, so the browser GETs the next step and a reload never re-posts. The location stays
 * relative: request.url may name another host (localhost) than the one the frame was loaded from,
 * and the host page only trusts messages from that one origin.
 */
const seeOther = (href: string, _request: Request) =>
  new Response(null, { status: 303, headers: { location: href } });

/**
 * One step of the embedded quiz, posted by a plain form: records the answer (or moves on after
 * feedback) and sends the frame to the next page. Grading itself happens on the pages, in the API.
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  const form = await request.formData();
  const settings = readEmbedSettings(form);
  const position = readPosition(form);
  const start = `/embed/quiz/${encodeURIComponent(slug)}`;
  if (!position) return seeOther(start, request);
  const { state, n } = position;
  const total = Number(form.get("total"));
  if (form.get("step") === "continue") {
    return seeOther(
      n + 1 < total
        ? embedHref(slug, settings, state, n + 1)
        : embedHref(slug, settings, state, n, { done: "1" }),
      request,
    );
  }
  const loaded = await execute(QuizQuery, { id: state.quizId }).catch((error: unknown) => {
    if (error instanceof ApiDownError) return undefined;
    throw error;
  });
  if (!loaded) return seeOther("/api-down", request);
  const quiz = loaded.quiz;
  const question = quiz?.questions[n];
  if (!quiz || !question) return seeOther(start, request);
  const read = readAnswer(toQuestionView(question), form);
  if ("error" in read) return seeOther(embedHref(slug, settings, state, n, { err: read.error }), request);
  const next = { ...state, answers: { ...state.answers, [question.id]: read.answer } };
  if (state.mode === "now") return seeOther(embedHref(slug, settings, next, n, { checked: "1" }), request);
  return seeOther(
    n + 1 < quiz.questions.length
      ? embedHref(slug, settings, next, n + 1)
      : embedHref(slug, settings, next, n, { done: "1" }),
    request,
  );
}
