import { describe, expect, it } from "vitest";
import { AnswerShapeError } from "../errors.js";
import type { AnswerKey, Question } from "../types.js";
import { gradeAnswer, orderCredit } from "./grade-answer.js";
import { normaliseAnswer, textMatches } from "./normalise.js";

const choices = (...ids: string[]) => ids.map((id) => ({ id, label: id.toUpperCase() }));
const q = (type: Question["type"], extra: Partial<Question> = {}) =>
  ({ id: "q3", type, choices: choices("ca", "cb", "cc", "cd"), ...extra }) as Question;
const key = (correctChoiceIds: string[], extra: Partial<AnswerKey> = {}): AnswerKey => ({
  questionId: "q3",
  correctChoiceIds,
  correctAnswer: "x",
  ...extra,
});

describe("gradeAnswer", () => {
  it("gives MULTIPLE_CHOICE full or no credit", () => {
    expect(gradeAnswer(q("MULTIPLE_CHOICE"), key(["cb"]), { choiceIds: ["cb"] })).toMatchObject({
      correct: true,
      credit: 1,
    });
    expect(gradeAnswer(q("MULTIPLE_CHOICE"), key(["cb"]), { choiceIds: ["ca"] })).toMatchObject({
      correct: false,
      credit: 0,
    });
  });

  it("gives MULTI_SELECT (hits - false picks) / right, floored at 0", () => {
    const k = key(["ca", "cb"]);
    expect(gradeAnswer(q("MULTI_SELECT"), k, { choiceIds: ["ca"] }).credit).toBe(0.5);
    expect(gradeAnswer(q("MULTI_SELECT"), k, { choiceIds: ["ca", "cb", "cc"] }).credit).toBe(0.5);
    expect(gradeAnswer(q("MULTI_SELECT"), k, { choiceIds: ["cc", "cd"] }).credit).toBe(0);
    expect(gradeAnswer(q("MULTI_SELECT"), k, { choiceIds: ["cb", "ca"] })).toMatchObject({ correct: true });
  });

  it("gives ORDERING the share of pairs in the right relative order", () => {
    expect(orderCredit(["a", "b", "c", "d"], ["a", "b", "c", "d"])).toBe(1);
    expect(orderCredit(["d", "c", "b", "a"], ["a", "b", "c", "d"])).toBe(0);
    expect(orderCredit(["b", "a", "c", "d"], ["a", "b", "c", "d"])).toBeCloseTo(5 / 6);
    const r = gradeAnswer(q("ORDERING"), key(["ca", "cb", "cc", "cd"]), {
      choiceIds: ["cb", "ca", "cc", "cd"],
    });
    expect(r).toMatchObject({ correct: false });
    expect(r.credit).toBeCloseTo(5 / 6);
  });

  it("gives MATCHING the share of right pairs", () => {
    const items = { left: choices("l1", "l2"), right: choices("r1", "r2") };
    const k = key([], { pairs: { l1: "r1", l2: "r2" } });
    const pairs = [
      { leftId: "l1", rightId: "r1" },
      { leftId: "l2", rightId: "r1" },
    ];
    expect(gradeAnswer(q("MATCHING", { items, choices: items.right }), k, { pairs }).credit).toBe(0.5);
  });

  it("accepts CLOZE answers whatever their case, accents, punctuation or article", () => {
    const k = key([], { acceptedTexts: ["dismantlement"] });
    for (const text of ["Dismantlement", " dísmantlement! ", "the dismantlement", "“dismantlement.”"]) {
      expect(gradeAnswer(q("CLOZE", { choices: [] }), k, { text }).correct).toBe(true);
    }
    expect(gradeAnswer(q("CLOZE", { choices: [] }), k, { text: "disarmament" }).credit).toBe(0);
  });

  it("rejects answers of the wrong shape with a sentence saying what to send", () => {
    expect(() => gradeAnswer(q("ORDERING"), key(["ca", "cb", "cc", "cd"]), { choiceIds: ["ca"] })).toThrow(
      "Question q3 is ORDERING: send choiceIds with every one of its 4 choices, in your order. 1 were given.",
    );
    expect(() => gradeAnswer(q("MULTIPLE_CHOICE"), key(["ca"]), { choiceIds: ["ca", "cb"] })).toThrow(
      AnswerShapeError,
    );
    expect(() => gradeAnswer(q("MULTIPLE_CHOICE"), key(["ca"]), { choiceIds: ["zz"] })).toThrow(
      /"zz" is not one of its choices/,
    );
    expect(() => gradeAnswer(q("CLOZE", { choices: [] }), key([]), { choiceIds: ["ca"] })).toThrow(
      /send text/,
    );
    const items = { left: choices("l1", "l2"), right: choices("r1", "r2") };
    expect(() =>
      gradeAnswer(q("MATCHING", { items }), key([]), { pairs: [{ leftId: "l1", rightId: "r1" }] }),
    ).toThrow(/1 left item\(s\) are unpaired/);
  });
});

describe("normaliseAnswer", () => {
  it("drops case, accents, punctuation, spacing and a leading article", () => {
    expect(normaliseAnswer("  The Non-Militarized, Café ")).toBe("nonmilitarizedcafe");
    expect(textMatches("", ["a"])).toBe(false);
  });
});
