import { describe, expect, it } from "vitest";
import { describeAnswer, type QuestionView, readAnswer } from "./answer-form";

const choices = [
  { id: "a", label: "A" },
  { id: "b", label: "B" },
  { id: "c", label: "C" },
];
const q = (type: string): QuestionView => ({
  id: "q1",
  type,
  prompt: "?",
  choices,
  leftItems: [
    { id: "l1", label: "Waltz" },
    { id: "l2", label: "Witkoff" },
  ],
  rightOptions: [
    { id: "r1", label: "NSA" },
    { id: "r2", label: "Envoy" },
  ],
});
const form = (entries: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe("readAnswer", () => {
  it("reads one choice for single-answer types and all for MULTI_SELECT", () => {
    expect(readAnswer(q("MULTIPLE_CHOICE"), form([["choice", "b"]]))).toEqual({
      answer: { choiceIds: ["b"] },
    });
    expect(
      readAnswer(
        q("MULTI_SELECT"),
        form([
          ["choice", "a"],
          ["choice", "c"],
        ]),
      ),
    ).toEqual({ answer: { choiceIds: ["a", "c"] } });
  });

  it("rejects an empty or unknown choice with a sentence to act on", () => {
    expect(readAnswer(q("TRUE_FALSE"), form([["choice", "zzz"]]))).toEqual({ error: "no-choice" });
    expect(readAnswer(q("CLOZE"), form([["text", "  "]]))).toEqual({ error: "no-text" });
  });

  it("turns ORDERING positions into an order and refuses a number used twice", () => {
    const ok = form([
      ["pos:a", "3"],
      ["pos:b", "1"],
      ["pos:c", "2"],
    ]);
    expect(readAnswer(q("ORDERING"), ok)).toEqual({ answer: { choiceIds: ["b", "c", "a"] } });
    const dup = form([
      ["pos:a", "1"],
      ["pos:b", "1"],
      ["pos:c", "2"],
    ]);
    expect(readAnswer(q("ORDERING"), dup)).toEqual({ error: "order-duplicate" });
  });

  it("reads one MATCHING pair per left item", () => {
    const f = form([
      ["match:l1", "r1"],
      ["match:l2", "r2"],
    ]);
    expect(readAnswer(q("MATCHING"), f)).toEqual({
      answer: {
        pairs: [
          { leftId: "l1", rightId: "r1" },
          { leftId: "l2", rightId: "r2" },
        ],
      },
    });
    expect(readAnswer(q("MATCHING"), form([["match:l1", "r1"]]))).toEqual({ error: "match-incomplete" });
  });
});

describe("describeAnswer", () => {
  it("says the answer in words for each shape", () => {
    expect(describeAnswer(q("ORDERING"), { choiceIds: ["b", "a"] })).toBe("B → A");
    expect(describeAnswer(q("MULTI_SELECT"), { choiceIds: ["a", "c"] })).toBe("A, C");
    expect(describeAnswer(q("MATCHING"), { pairs: [{ leftId: "l1", rightId: "r2" }] })).toBe("Waltz → Envoy");
    expect(describeAnswer(q("CLOZE"), { text: "constructive" })).toBe("constructive");
    expect(describeAnswer(q("CLOZE"), undefined)).toBe("No answer");
  });
});
