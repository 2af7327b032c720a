import "server-only";
import { createHash } from "node:crypto";
import { CreateQuizMutation } from "../operations/quiz";
import type { EmbedSettings } from "./embed-settings";
import { execute } from "./graphql";

/**
 * What shapes an embed's questions: the article and the question settings, types as a set. Theme,
 * accent and host only change the look or the origin recorded, and mode only when answers are shown,
 * so embeds differing in those share one quiz and its statistics.
 */
function questionSettings(slug: string, s: EmbedSettings) {
  const types = s.types ? [...new Set(s.types)].sort() : undefined;
  return { slug, questions: s.questions, difficulty: s.difficulty, types };
}

/** A seed in 1..2^31-2 derived from the slug and the question settings alone. */
export function embedQuizSeed(slug: string, settings: EmbedSettings): number {
  const { questions, difficulty, types } = questionSettings(slug, settings);
  // The same key as before the API stored quizzes by seed, so existing embeds keep their questions.
  const key = JSON.stringify([slug, questions, difficulty ?? "", types ?? []]);
  const seed = createHash("sha256").update(key).digest().readUInt32BE(0) % (2 ** 31 - 1);
  return seed || 1;
}

/**
 * The id (key) of the quiz this embed shows. The API returns one stored quiz for the same article
 * content, options and seed, so every reader of the embed, on any web server and after restarts,
 * takes the same quiz. Throws as execute does.
 */
export async function embedQuizFor(slug: string, settings: EmbedSettings): Promise<string> {
  const { questions, difficulty, types } = questionSettings(slug, settings);
  const { createQuiz } = await execute(CreateQuizMutation, {
    input: {
      articleSlug: slug,
      questionCount: questions,
      ...(difficulty ? { difficulty } : {}),
      ...(types ? { types: types as never } : {}),
      seed: embedQuizSeed(slug, settings),
    },
  });
  return createQuiz.key;
}
