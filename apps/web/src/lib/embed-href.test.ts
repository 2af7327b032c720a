import { describe, expect, it } from "vitest";
import { embedHref } from "./embed-href";
import { originAllowed, readEmbedSettings } from "./embed-settings";
import { decodeAnswers } from "./quiz-state";

describe("readEmbedSettings", () => {
  it("keeps valid settings and drops anything that is not a hex colour, a known type or an origin", () => {
    const s = readEmbedSettings({
      questions: "10",
      difficulty: "hard",
      types: "true_false,nonsense",
      theme: "dark",
      accent: "red;background:url(x)",
      host: "https://news.example/path?q",
    });
    expect(s).toEqual({
      questions: 10,
      difficulty: "HARD",
      types: ["TRUE_FALSE"],
      theme: "dark",
      mode: "now",
      host: "https://news.example",
    });
    expect(readEmbedSettings({ accent: "#0a7", host: "javascript:alert(1)" })).toEqual({
      questions: 5,
      theme: "auto",
      accent: "#0a7",
      mode: "now",
    });
  });
});

describe("originAllowed", () => {
  it("allows any origin under * and only listed ones otherwise", () => {
    expect(originAllowed("https://a.example", "*")).toBe(true);
    expect(originAllowed("https://a.example", ["https://b.example"])).toBe(false);
    expect(originAllowed("https://b.example", ["https://b.example"])).toBe(true);
  });
});

describe("embedHref", () => {
  it("carries the settings and the quiz state in the URL", () => {
    const settings = readEmbedSettings({ questions: "5", accent: "#123456", host: "http://127.0.0.1:9" });
    const href = embedHref(
      "smoke-in-rome",
      settings,
      { quizId: "q1", mode: "end", key: "k", answers: { a: { text: "x" } } },
      2,
      { done: "1" },
    );
    const url = new URL(href, "http://x");
    expect(url.pathname).toBe("/embed/quiz/smoke-in-rome");
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      accent: "#123456",
      host: "http://127.0.0.1:9",
      quiz: "q1",
      n: "2",
      mode: "end",
      done: "1",
    });
    expect(decodeAnswers(url.searchParams.get("s") ?? "")).toEqual({ a: { text: "x" } });
  });
});
