import "server-only";
import { createHash } from "node:crypto";
import { CreateQuizMutation, QuizQuery } from "../operations/quiz";
import type { EmbedSettings } from "./embed-settings";
import { execute } from "./graphql";

// One quiz per embed (article and the settings that shape questions), shared by all its readers so
// the publisher's statistics gather in one place. Kept per server process; checked before reuse,
// since the API's database may have been replaced.
const quizzes = new Map<string, string>();

/** The memo key and a seed derived from it, so a restarted server asks the same questions. */
function identity(slug: string, s: EmbedSettings) {
  const key = JSON.stringify([slug, s.questions, s.difficulty ?? "", s.types ?? []]);
  const seed = createHash("sha256").update(key).digest().readUInt32BE(0) % (2 ** 31 - 1);
  return { key, seed: seed || 1 };
}

/** The id (key) of the quiz this embed shows, created on first use. Throws as execute does. */
export async function embedQuizFor(slug: string, settings: EmbedSettings): Promise<string> {
  const { key, seed } = identity(slug, settings);
  const known = quizzes.get(key);
  if (known) {
    const still = await execute(QuizQuery, { id: known }).catch(() => undefined);
    if (still?.quiz) return known;
    quizzes.delete(key);
  }
  const { createQuiz } = await execute(CreateQuizMutation, {
    input: {
      articleSlug: slug,
      questionCount: settings.questions,
      ...(settings.difficulty ? { difficulty: settings.difficulty } : {}),
      ...(settings.types ? { types: settings.types as never } : {}),
      seed,
    },
  });
  quizzes.set(key, createQuiz.key);
  return createQuiz.key;
}
