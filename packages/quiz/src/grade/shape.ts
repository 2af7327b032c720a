import { AnswerShapeError } from "../errors.js";
import type { Question } from "../types.js";
import type { Answer } from "./answer.js";

export type GradableQuestion = Pick<Question, "id" | "type" | "choices" | "items">;

function fail(q: GradableQuestion, expected: string, problem: string): never {
  throw new AnswerShapeError(`Question ${q.id} is ${q.type}: ${expected}. ${problem}`, q.id);
}

function expectedShape(q: GradableQuestion): string {
  const n = q.choices.length;
  switch (q.type) {
    case "MULTIPLE_CHOICE":
    case "TRUE_FALSE":
      return `send choiceIds with exactly one of its ${n} choice ids`;
    case "MULTI_SELECT":
      return `send choiceIds with the ids you pick among its ${n} choices, each at most once`;
    case "ORDERING":
      return `send choiceIds with every one of its ${n} choices, in your order`;
    case "MATCHING":
      return `send pairs of {leftId, rightId}, one for each of its ${q.items?.left.length ?? 0} left items`;
    case "CLOZE":
      return "send text with the missing word";
  }
}

/** Throws AnswerShapeError, with the expected shape, unless the answer fits the question. */
export function checkShape(q: GradableQuestion, a: Answer): void {
  const expected = expectedShape(q);
  const known = new Set(q.choices.map((c) => c.id));
  const ids = a.choiceIds;
  if (q.type === "CLOZE") {
    if (typeof a.text !== "string" || a.text.trim() === "") fail(q, expected, "No text was given.");
    return;
  }
  if (q.type === "MATCHING") {
    const left = new Set(q.items?.left.map((c) => c.id));
    const right = new Set(q.items?.right.map((c) => c.id));
    if (!Array.isArray(a.pairs)) fail(q, expected, "No pairs were given.");
    const seen = new Set<string>();
    for (const p of a.pairs) {
      if (!left.has(p?.leftId)) fail(q, expected, `"${p?.leftId}" is not one of its left items.`);
      if (!right.has(p.rightId)) fail(q, expected, `"${p.rightId}" is not one of its right options.`);
      if (seen.has(p.leftId)) fail(q, expected, `"${p.leftId}" is paired twice.`);
      seen.add(p.leftId);
    }
    if (seen.size !== left.size) fail(q, expected, `${left.size - seen.size} left item(s) are unpaired.`);
    return;
  }
  if (!Array.isArray(ids)) fail(q, expected, "No choiceIds were given.");
  for (const id of ids) if (!known.has(id)) fail(q, expected, `"${id}" is not one of its choices.`);
  if (new Set(ids).size !== ids.length) fail(q, expected, "A choice id is repeated.");
  if ((q.type === "MULTIPLE_CHOICE" || q.type === "TRUE_FALSE") && ids.length !== 1) {
    fail(q, expected, `${ids.length} were given.`);
  }
  if (q.type === "ORDERING" && ids.length !== known.size) fail(q, expected, `${ids.length} were given.`);
}
