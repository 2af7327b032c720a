import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { QuestionView } from "../../lib/answer-form";
import { QuestionFields } from "./question-fields";

const base: QuestionView = {
  id: "q1",
  type: "MULTIPLE_CHOICE",
  prompt: "Who said it?",
  choices: [
    { id: "a", label: "Mike Waltz" },
    { id: "b", label: "Steve Witkoff" },
  ],
  leftItems: [{ id: "l1", label: "Mike Waltz" }],
  rightOptions: [
    { id: "r1", label: "National Security Advisor" },
    { id: "r2", label: "Special Envoy" },
  ],
};

/** Every control is a native input with a label: wrapping it, or pointing at it with `for`. */
function unlabelled(html: string): string[] {
  const ids = new Set([...html.matchAll(/<label for="([^"]+)"/g)].map((m) => m[1]));
  const wrapped = [...html.matchAll(/<label>\s*<input/g)].length;
  const controls = [...html.matchAll(/<(input|select)\b[^>]*>/g)].map((m) => m[0]);
  const byId = controls.filter((c) => ids.has(c.match(/id="([^"]+)"/)?.[1]));
  return controls.length - byId.length === wrapped ? [] : controls;
}

describe("QuestionFields", () => {
  for (const type of ["MULTIPLE_CHOICE", "TRUE_FALSE", "MULTI_SELECT", "ORDERING", "MATCHING", "CLOZE"]) {
    it(`renders ${type} as labelled native controls`, () => {
      const html = renderToStaticMarkup(<QuestionFields question={{ ...base, type }} />);
      expect(html).toMatch(/<(input|select)\b/);
      expect(unlabelled(html)).toEqual([]);
    });
  }

  it("offers a position select per ORDERING item, not drag and drop", () => {
    const html = renderToStaticMarkup(<QuestionFields question={{ ...base, type: "ORDERING" }} />);
    expect(html.match(/<select/g)).toHaveLength(2);
    expect(html).toContain('name="pos:a"');
  });

  it("shows an earlier answer read-only for feedback", () => {
    const html = renderToStaticMarkup(
      <QuestionFields question={base} answer={{ choiceIds: ["b"] }} disabled />,
    );
    const checked = [...html.matchAll(/<input[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => tag.includes("checked"));
    expect(checked).toHaveLength(1);
    expect(checked[0]).toContain('value="b"');
    expect(html.match(/disabled/g)).toHaveLength(2);
  });
});
