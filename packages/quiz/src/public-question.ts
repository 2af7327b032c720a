import type { PublicQuestion, Question } from "./types.js";

/**
 * What a player may see before answering: no evidence, explanation or fact key, since each of them
 * can give the answer away. Choices carry opaque ids only.
 */
export function publicQuestion(q: Question): PublicQuestion {
  const view: PublicQuestion = {
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    skill: q.skill,
    difficulty: q.difficulty,
    choices: q.choices.map((c) => ({ id: c.id, label: c.label })),
  };
  if (q.items) {
    view.items = {
      left: q.items.left.map((c) => ({ id: c.id, label: c.label })),
      right: q.items.right.map((c) => ({ id: c.id, label: c.label })),
    };
  }
  return view;
}
