import { opaqueId, type Random, shuffle } from "../random.js";
import type { AnswerKey, Choice, Question, QuestionCandidate } from "../types.js";

/** Positions the quiz wants for the right answer, assigned round-robin over a seeded permutation. */
export interface Placement {
  /** For MULTIPLE_CHOICE: index of the right choice. */
  position?: number;
}

function rotate<T>(items: T[]): T[] {
  return [...items.slice(1), items[0]!];
}

/** Turns a candidate into a numbered question with opaque choice ids, and its answer key. */
export function buildQuestion(
  c: QuestionCandidate,
  id: string,
  seed: string,
  random: Random,
  placement: Placement,
): { question: Question; key: AnswerKey } {
  const taken = new Set<string>();
  const ids = new Map<string, string>();
  const idFor = (thing: string) => {
    const known = ids.get(thing);
    if (known) return known;
    const fresh = opaqueId("c", `${seed}|${id}`, thing, taken);
    ids.set(thing, fresh);
    return fresh;
  };
  const choice = (o: { key: string; label: string }, side = ""): Choice => ({
    id: idFor(side + o.key),
    label: o.label,
  });
  const question: Question = {
    id,
    type: c.type,
    prompt: c.prompt,
    skill: c.skill,
    difficulty: c.difficulty,
    choices: [],
    evidence: c.evidence,
    explanation: c.explanation,
    factKey: c.factKey,
    facts: c.facts,
  };
  const key: AnswerKey = { questionId: id, correctChoiceIds: [], correctAnswer: c.correctAnswer };

  switch (c.type) {
    case "MULTIPLE_CHOICE": {
      const right = c.options.find((o) => o.correct)!;
      const wrong = shuffle(
        c.options.filter((o) => !o.correct),
        random,
      );
      const at = Math.min(placement.position ?? 0, wrong.length);
      question.choices = [...wrong.slice(0, at), right, ...wrong.slice(at)].map((o) => choice(o));
      key.correctChoiceIds = [idFor(right.key)];
      break;
    }
    case "TRUE_FALSE":
    case "MULTI_SELECT": {
      const options = c.type === "TRUE_FALSE" ? c.options : shuffle(c.options, random);
      question.choices = options.map((o) => choice(o));
      key.correctChoiceIds = c.options.filter((o) => o.correct).map((o) => idFor(o.key));
      break;
    }
    case "ORDERING": {
      let shown = shuffle(c.options, random);
      if (shown.every((o, i) => o.key === c.options[i]!.key)) shown = rotate(shown);
      question.choices = shown.map((o) => choice(o));
      key.correctChoiceIds = c.options.map((o) => idFor(o.key));
      break;
    }
    case "MATCHING": {
      const pairs = c.pairs ?? [];
      const left = shuffle(pairs, random);
      let right = shuffle(pairs, random);
      if (right.every((p, i) => p === left[i])) right = rotate(right);
      question.items = {
        left: left.map((p) => choice(p.left, "L:")),
        right: right.map((p) => choice(p.right, "R:")),
      };
      question.choices = question.items.right;
      key.pairs = Object.fromEntries(pairs.map((p) => [idFor(`L:${p.left.key}`), idFor(`R:${p.right.key}`)]));
      break;
    }
    case "CLOZE":
      key.acceptedTexts = c.accepted ?? [c.correctAnswer];
      break;
  }
  return { question, key };
}
