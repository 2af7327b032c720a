import type { Answer } from "./quiz-state";

/** What the player needs to see of a question to answer it. */
export type QuestionView = {
  id: string;
  type: string;
  prompt: string;
  choices: { id: string; label: string }[];
  leftItems: { id: string; label: string }[];
  rightOptions: { id: string; label: string }[];
};

/** Why a submitted form could not be read as an answer; each says what to do. */
export const ANSWER_ERRORS = {
  "no-choice": "Choose an answer, then submit.",
  "no-text": "Type the missing word, then submit.",
  "order-incomplete": "Give every item a position, then submit.",
  "order-duplicate": "Give each item a different position: each number once.",
  "match-incomplete": "Pick a match for every item, then submit.",
} as const;
export type AnswerErrorCode = keyof typeof ANSWER_ERRORS;

type FormLike = { get(name: string): unknown; getAll(name: string): unknown[] };

/**
 * Reads a question's answer from the submitted form. Field names: `choice` (radio or checkbox),
 * `text` (CLOZE), `pos:<choiceId>` (ORDERING position, 1-based), `match:<leftId>` (MATCHING).
 */
export function readAnswer(
  question: QuestionView,
  form: FormLike,
): { answer: Answer } | { error: AnswerErrorCode } {
  const str = (v: unknown) => (typeof v === "string" ? v : "");
  switch (question.type) {
    case "CLOZE": {
      const text = str(form.get("text")).trim();
      return text ? { answer: { text } } : { error: "no-text" };
    }
    case "ORDERING": {
      const positions = question.choices.map((c) => ({
        id: c.id,
        pos: Number(str(form.get(`pos:${c.id}`))),
      }));
      if (positions.some((p) => !Number.isInteger(p.pos) || p.pos < 1 || p.pos > positions.length)) {
        return { error: "order-incomplete" };
      }
      if (new Set(positions.map((p) => p.pos)).size !== positions.length) return { error: "order-duplicate" };
      return { answer: { choiceIds: positions.sort((a, b) => a.pos - b.pos).map((p) => p.id) } };
    }
    case "MATCHING": {
      const valid = new Set(question.rightOptions.map((r) => r.id));
      const pairs = question.leftItems.map((l) => ({
        leftId: l.id,
        rightId: str(form.get(`match:${l.id}`)),
      }));
      if (pairs.some((p) => !valid.has(p.rightId))) return { error: "match-incomplete" };
      return { answer: { pairs } };
    }
    default: {
      const valid = new Set(question.choices.map((c) => c.id));
      const choiceIds = form
        .getAll("choice")
        .map(str)
        .filter((id) => valid.has(id));
      const single = question.type !== "MULTI_SELECT";
      if (choiceIds.length === 0) return { error: "no-choice" };
      return { answer: { choiceIds: single ? choiceIds.slice(0, 1) : choiceIds } };
    }
  }
}

/** The player's answer in words, for the results page. */
export function describeAnswer(question: QuestionView, answer: Answer | undefined): string {
  if (!answer) return "No answer";
  const label = (list: { id: string; label: string }[], id: string) =>
    list.find((c) => c.id === id)?.label ?? id;
  if (answer.text !== undefined) return answer.text || "No answer";
  if (answer.pairs) {
    return answer.pairs
      .map((p) => `${label(question.leftItems, p.leftId)} → ${label(question.rightOptions, p.rightId)}`)
      .join("; ");
  }
  const ids = answer.choiceIds ?? [];
  if (ids.length === 0) return "No answer";
  return ids.map((id) => label(question.choices, id)).join(question.type === "ORDERING" ? " → " : ", ");
}
