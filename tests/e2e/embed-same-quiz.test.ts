import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { freePort } from "./support/ports.js";
import type { Started } from "./support/process.js";
import { startWeb } from "./support/servers.js";
import { skipBrowser, webUrl } from "./support/session.js";

const SLUG = "smoke-in-rome";

/** The quiz id an embed URL's first load redirects to. */
async function quizOf(base: string, query: string): Promise<string | null> {
  const r = await fetch(`${base}/embed/quiz/${SLUG}?${query}`, { redirect: "manual" });
  expect(r.status).toBe(307);
  return new URL(r.headers.get("location") ?? "", base).searchParams.get("quiz");
}

// Regression: the quiz id of an embed was memoised in the web server's memory, so a restart or a
// second web instance gave the same embed a new quiz and split its statistics. A fresh web process
// over the same API stands in for both.
describe.skipIf(skipBrowser)("one embed, one quiz, whatever web server serves it", () => {
  let second: Started | undefined;
  let secondUrl = "";
  beforeAll(async () => {
    const port = await freePort();
    second = await startWeb(port, inject("apiUrl"));
    secondUrl = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await second?.stop();
  });

  it("gives the same quiz id on a fresh web server, whatever the theme, accent or host", async () => {
    const query = "questions=10&types=true-false,multiple-choice&difficulty=easy";
    const first = await quizOf(webUrl, query);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(await quizOf(secondUrl, query)).toBe(first);
    const look = "&theme=dark&accent=%23f80&host=https%3A%2F%2Fnews.example";
    expect(
      await quizOf(secondUrl, `questions=10&types=multiple-choice,true-false&difficulty=easy${look}`),
    ).toBe(first);
    expect(await quizOf(secondUrl, "questions=5&types=true-false,multiple-choice&difficulty=easy")).not.toBe(
      first,
    );
  });
});
