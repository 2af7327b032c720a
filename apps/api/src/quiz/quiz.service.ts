import type { AnnotatedArticle } from "@quizwire/content";
import { type Quiz as MadeQuiz, publicQuestion, type QuizOptions, quizMaker } from "@quizwire/quiz";
import type { QuizRow } from "@quizwire/store";
import type { Context } from "../context.js";
import { badInput, notFound } from "../errors.js";
import { localIdOf } from "../node/global-id.js";
import type { CreateQuizInput } from "./quiz.input.js";
import { type QuizValue, quizNode, type StoredQuestions } from "./stored-quiz.js";

/** The most questions one quiz may ask, whatever the article could supply. */
export const MAX_QUESTIONS = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Building an article's question pool is the slow part: keep one maker per article content.
const makers = new Map<string, (options: QuizOptions) => MadeQuiz>();

async function makerFor(ctx: Context, slug: string) {
  const article = await ctx.loaders.articleBySlug.load(slug);
  if (!article)
    throw notFound(
      `No article has the slug "${slug}"; list them with \`articles { edges { node { slug } } }\`.`,
    );
  const key = `${article.id}:${article.contentHash}`;
  let make = makers.get(key);
  if (!make) {
    const graph = (await ctx.store.annotatedArticle(article.id)) as AnnotatedArticle;
    make = quizMaker(graph);
    if (makers.size > 100) makers.clear();
    makers.set(key, make);
  }
  return { article, make };
}

const toPublic = (q: Parameters<typeof publicQuestion>[0]) => {
  const view = publicQuestion(q);
  return { ...view, items: view.items ?? null };
};

export const quizValue = (row: QuizRow): QuizValue => quizNode(row, toPublic);

// Types and skills are sets: sorted, so listing them in another order names the same quiz.
const sorted = <T extends string>(list: T[]) => [...list].sort();

/**
 * Makes and stores a quiz; QuizOptionsError (too many questions for the article…) becomes
 * BAD_USER_INPUT. With a seed the quiz is deterministic, so identical inputs on the same article
 * content return the one stored quiz (its statistics stay in one place); without one, a random seed
 * makes a new quiz each time.
 */
export async function createQuiz(ctx: Context, input: CreateQuizInput): Promise<QuizValue> {
  if (input.questionCount < 1 || input.questionCount > MAX_QUESTIONS) {
    throw badInput(`questionCount must be between 1 and ${MAX_QUESTIONS} (got ${input.questionCount}).`);
  }
  const seeded = input.seed != null;
  const seed = input.seed ?? Math.floor(Math.random() * 2 ** 31);
  const options: QuizOptions = {
    seed,
    questionCount: input.questionCount,
    ...(input.types ? { types: sorted(input.types) } : {}),
    ...(input.skills ? { skills: sorted(input.skills) } : {}),
    ...(input.difficulty ? { difficulty: input.difficulty } : {}),
  };
  const { article, make } = await makerFor(ctx, input.articleSlug);
  const made = make(options);
  const stored: StoredQuestions = { questions: made.questions, answerKey: made.answerKey };
  const row = await ctx.store.createQuiz({
    articleId: article.id,
    options,
    seed,
    questions: stored,
    ...(seeded ? { contentHash: article.contentHash } : {}),
  });
  return quizValue(row);
}

/** The stored quiz for a global id or a quiz key (UUID); NOT_FOUND otherwise. */
export async function quizById(ctx: Context, id: string): Promise<QuizValue> {
  const key = localIdOf("Quiz", id);
  const row = UUID.test(key) ? await ctx.loaders.quizById.load(key) : null;
  if (!row) throw notFound(`No quiz has the id "${id}"; create one with createQuiz and use its id.`);
  return quizValue(row);
}
