import type { QuizQuery } from "../../gql/graphql";
import type { QuestionView } from "../../lib/answer-form";

/** The quiz as the player query returns it. */
export type PlayerQuiz = NonNullable<QuizQuery["quiz"]>;

/** Maps the API's question to what the forms need; the one place that knows the schema's shape. */
export function toQuestionView(q: PlayerQuiz["questions"][number]): QuestionView {
  return {
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    choices: q.choices,
    leftItems: q.items?.left ?? [],
    rightOptions: q.items?.right ?? [],
  };
}
