import { describe, expect, it, vi } from "vitest";
import type { EmbedSettings } from "./embed-settings";

// "server-only" throws outside a React server build; the seed itself is plain code.
vi.mock("server-only", () => ({}));
const { embedQuizSeed } = await import("./embed-quiz");

const base: EmbedSettings = { questions: 5, theme: "auto", mode: "now" };

describe("embedQuizSeed", () => {
  it("ignores theme, accent, host, mode and the order of types", () => {
    const seed = embedQuizSeed("smoke-in-rome", { ...base, types: ["TRUE_FALSE", "CLOZE"] });
    expect(seed).toBeGreaterThanOrEqual(1);
    expect(seed).toBeLessThan(2 ** 31 - 1);
    expect(
      embedQuizSeed("smoke-in-rome", {
        ...base,
        types: ["CLOZE", "TRUE_FALSE"],
        theme: "dark",
        accent: "#c00",
        host: "https://news.example",
        mode: "end",
      }),
    ).toBe(seed);
  });

  it("changes with the article, the question count, the difficulty and the types", () => {
    const seeds = [
      embedQuizSeed("smoke-in-rome", base),
      embedQuizSeed("other-article", base),
      embedQuizSeed("smoke-in-rome", { ...base, questions: 10 }),
      embedQuizSeed("smoke-in-rome", { ...base, difficulty: "HARD" }),
      embedQuizSeed("smoke-in-rome", { ...base, types: ["CLOZE"] }),
    ];
    expect(new Set(seeds).size).toBe(seeds.length);
  });

  it("gives the default embed the seed it had before (so its questions stay the same)", () => {
    expect(embedQuizSeed("smoke-in-rome", base)).toMatchInlineSnapshot(`801746530`);
  });
});
