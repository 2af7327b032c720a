import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ApiDown } from "../components/api-down";
import { EmbedResults } from "../components/embed/embed-results";
import { EmbedRoot } from "../components/embed/embed-root";
import { FrameEvents } from "../components/embed/frame-events";
import { Feedback } from "../components/quiz/feedback";
import { QuestionFields } from "../components/quiz/question-fields";
import { StateFields } from "../components/quiz/state-fields";
import type { QuestionView } from "./answer-form";
import { renderToHtml } from "./embed-html";
import { readEmbedSettings } from "./embed-settings";

const question: QuestionView = {
  id: "q1",
  type: "MULTIPLE_CHOICE",
  prompt: `Who said "it's <over>" & why?`,
  choices: [
    { id: "a", label: "Mike Waltz" },
    { id: "b", label: "Steve Witkoff" },
    { id: "c", label: "Abbas Araghchi" },
  ],
  leftItems: [
    { id: "l1", label: "Mike Waltz" },
    { id: "l2", label: "Steve Witkoff" },
  ],
  rightOptions: [
    { id: "r1", label: "National Security Advisor" },
    { id: "r2", label: "Special Envoy" },
  ],
};
const evidence = {
  start: 120,
  end: 180,
  text: "He said so.",
  sentence: { start: 100, end: 190, text: "Then he said so." },
};

/** A javascript: URL, which both renderers replace by one that throws. */
const UNSAFE_URL = ["javascript", "alert(1)"].join(":");

async function Later({ text }: { text: string }) {
  await new Promise((resolve) => setTimeout(resolve, 1));
  return <em>{text}</em>;
}

/** The renderer must write what React writes, byte for byte. */
async function expectSameAsReact(node: ReactNode) {
  expect(await renderToHtml(node)).toBe(renderToStaticMarkup(node));
}

describe("renderToHtml", () => {
  for (const type of ["MULTIPLE_CHOICE", "TRUE_FALSE", "MULTI_SELECT", "ORDERING", "MATCHING", "CLOZE"]) {
    it(`writes ${type} questions as React does, blank, answered and read-only`, async () => {
      const q = { ...question, type };
      await expectSameAsReact(<QuestionFields question={q} />);
      const answer = {
        choiceIds: ["c", "a", "b"],
        text: `a "word" & <more>`,
        pairs: [
          { leftId: "l1", rightId: "r2" },
          { leftId: "l2", rightId: "r1" },
        ],
      };
      await expectSameAsReact(<QuestionFields question={q} answer={answer} disabled />);
    });
  }

  it("writes the frame's root, hidden state, feedback, results, events and the API-down notice as React does", async () => {
    const settings = readEmbedSettings({ theme: "dark", accent: "#0a7" });
    await expectSameAsReact(
      <EmbedRoot settings={settings}>
        <StateFields
          slug="smoke-in-rome"
          state={{ quizId: "q", mode: "now", key: "k", answers: { q1: { text: "x" } } }}
          n={2}
        />
        <Feedback
          slug="smoke-in-rome"
          result={{
            questionId: "q1",
            correct: false,
            correctAnswer: "Waltz",
            explanation: "Because.",
            evidence: [evidence],
          }}
          newTab
        />
      </EmbedRoot>,
    );
    await expectSameAsReact(<EmbedRoot settings={readEmbedSettings({})}>plain</EmbedRoot>);
    await expectSameAsReact(
      <EmbedResults
        slug="smoke-in-rome"
        title={`"Smoke in Rome"`}
        questions={[question, { ...question, id: "q2", type: "CLOZE" }]}
        answers={{ q1: { choiceIds: ["a"] }, q2: { text: "smoke" } }}
        attempt={{
          score: 1.5,
          total: 2,
          results: [
            {
              questionId: "q1",
              correct: true,
              credit: 1,
              correctChoiceIds: ["a"],
              correctAnswer: "Mike Waltz",
              explanation: "",
              evidence: [evidence],
            },
            {
              questionId: "q2",
              correct: false,
              credit: 0.5,
              correctChoiceIds: [],
              correctAnswer: "fire",
              explanation: "",
              evidence: [{ ...evidence, sentence: null }],
            },
          ],
        }}
        againHref="/embed/quiz/smoke-in-rome?questions=5&theme=dark"
        statsHref="/quizzes/q/stats"
      />,
    );
    await expectSameAsReact(
      <FrameEvents
        events={[
          { type: "ready", payload: { quizId: "q", questionCount: 5 } },
          {
            type: "answer",
            payload: { quizId: "q", questionId: "q1", correct: true, prompt: "</script><b>", response: "x" },
          },
        ]}
      />,
    );
    await expectSameAsReact(<ApiDown detail="fetch failed: ECONNREFUSED 127.0.0.1:4000" />);
  });

  it("writes forms, buttons and attributes in React's order and spelling", async () => {
    await expectSameAsReact(
      <form aria-labelledby="p" method="post" action="/embed/quiz/x/step" id="f">
        <input
          type="checkbox"
          value="v"
          defaultChecked
          name="choice"
          required
          disabled={false}
          aria-hidden={false}
        />
        <input type="text" name="text" defaultValue={7} autoComplete="off" spellCheck={false} tabIndex={-1} />
        <select name="s" defaultValue="2" multiple={false}>
          <option value={1}>One</option>
          <option>2</option>
        </select>
        <progress id="progress" value={3} max={5} />
        <p
          className="meta"
          hidden
          style={{ border: 0, marginTop: 4, lineHeight: 1.5, "--accent": " #fff " } as never}
        >
          Question {1} of {5}
          {null}
          {false}
          {[<br key="a" />, [<span key="b">nested</span>]]}
        </p>
        <a href={UNSAFE_URL}>x</a>
        <input name="n" onChange={() => {}} />
        <button type="submit" name="step" className={undefined}>
          Go
        </button>
      </form>,
    );
  });

  it("awaits async components", async () => {
    expect(await renderToHtml(<p>{(<Later text="a<b" />) as ReactNode}</p>)).toBe("<p><em>a&lt;b</em></p>");
  });

  it("refuses what a static page cannot do, saying why", async () => {
    await expect(renderToHtml(<form action={async () => {}} />)).rejects.toThrow(/function as its action/);
    await expect(renderToHtml(<textarea defaultValue="x" />)).rejects.toThrow(/does not render <textarea>/);
    await expect(renderToHtml(<script>{"alert(1)"}</script>)).rejects.toThrow(/dangerouslySetInnerHTML/);
  });
});
