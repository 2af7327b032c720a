import type { Answer, AnswerKey, Question } from "../src/index.js";

/** The answer the key says is right, typed the way a careless reader might for CLOZE. */
export function rightAnswer(q: Question, key: AnswerKey): Answer {
  switch (q.type) {
    case "MATCHING":
      return { pairs: Object.entries(key.pairs ?? {}).map(([leftId, rightId]) => ({ leftId, rightId })) };
    case "CLOZE":
      return { text: `  ${(key.acceptedTexts?.[0] ?? key.correctAnswer).toUpperCase()}!  ` };
    default:
      return { choiceIds: [...key.correctChoiceIds] };
  }
}

/** An answer that earns nothing, whatever the type. */
export function wrongAnswer(q: Question, key: AnswerKey): Answer {
  const right = new Set(key.correctChoiceIds);
  switch (q.type) {
    case "MULTIPLE_CHOICE":
    case "TRUE_FALSE":
      return { choiceIds: [q.choices.find((c) => !right.has(c.id))!.id] };
    case "MULTI_SELECT":
      return { choiceIds: q.choices.filter((c) => !right.has(c.id)).map((c) => c.id) };
    case "ORDERING":
      return { choiceIds: [...key.correctChoiceIds].reverse() };
    case "MATCHING": {
      const entries = Object.entries(key.pairs ?? {});
      return {
        pairs: entries.map(([leftId], i) => ({ leftId, rightId: entries[(i + 1) % entries.length]![1] })),
      };
    }
    case "CLOZE":
      return { text: "xylophone" };
  }
}
