import type { AnswerKey } from "../types.js";
import type { Answer, GradeResult } from "./answer.js";
import { textMatches } from "./normalise.js";
import { checkShape, type GradableQuestion } from "./shape.js";

/** Share of pairs of items the player put in the same relative order as the key (Kendall's tau rescaled to 0..1). */
export function orderCredit(given: string[], correct: string[]): number {
  const rank = new Map(given.map((id, i) => [id, i]));
  let agree = 0;
  let pairs = 0;
  for (let i = 0; i < correct.length; i++) {
    for (let j = i + 1; j < correct.length; j++) {
      pairs++;
      if (rank.get(correct[i]!)! < rank.get(correct[j]!)!) agree++;
    }
  }
  return pairs === 0 ? 1 : agree / pairs;
}

function credit(q: GradableQuestion, key: AnswerKey, a: Answer): number {
  const picked = a.choiceIds ?? [];
  const right = new Set(key.correctChoiceIds);
  switch (q.type) {
    case "MULTIPLE_CHOICE":
    case "TRUE_FALSE":
      return right.has(picked[0]!) ? 1 : 0;
    case "MULTI_SELECT": {
      const hits = picked.filter((id) => right.has(id)).length;
      return Math.max(0, (hits - (picked.length - hits)) / right.size);
    }
    case "ORDERING":
      return orderCredit(picked, key.correctChoiceIds);
    case "MATCHING": {
      const pairs = key.pairs ?? {};
      const total = Object.keys(pairs).length;
      const good = (a.pairs ?? []).filter((p) => pairs[p.leftId] === p.rightId).length;
      return total === 0 ? 0 : good / total;
    }
    case "CLOZE":
      return textMatches(a.text ?? "", key.acceptedTexts ?? [key.correctAnswer]) ? 1 : 0;
  }
}

/**
 * Grades one answer against its key. Throws AnswerShapeError when the answer has the wrong shape for
 * the question. `correct` is true only for full credit.
 */
export function gradeAnswer(question: GradableQuestion, key: AnswerKey, answer: Answer): GradeResult {
  checkShape(question, answer);
  const c = credit(question, key, answer);
  return {
    questionId: question.id,
    correct: c === 1,
    credit: c,
    answered: true,
    correctChoiceIds: key.correctChoiceIds,
    correctAnswer: key.correctAnswer,
  };
}
