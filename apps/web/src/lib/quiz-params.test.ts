import { describe, expect, it } from "vitest";
import { readPosition } from "./quiz-params";
import { encodeAnswers } from "./quiz-state";

describe("readPosition", () => {
  it("reads nothing when no quiz was started", () => {
    expect(readPosition({})).toBeUndefined();
  });

  it("reads the same position from a URL and from a form", () => {
    const s = encodeAnswers({ q1: { choiceIds: ["a"] } });
    const fromUrl = readPosition({ quiz: "z", n: "3", mode: "now", k: "key", s, err: "no-choice" });
    const form = new FormData();
    for (const [k, v] of Object.entries({ quiz: "z", n: "3", mode: "now", k: "key", s, err: "no-choice" })) {
      form.set(k, v);
    }
    expect(readPosition(form)).toEqual(fromUrl);
    expect(fromUrl).toMatchObject({
      n: 3,
      error: "no-choice",
      state: { answers: { q1: { choiceIds: ["a"] } } },
    });
  });

  it("ignores a negative position and an unknown error code", () => {
    expect(readPosition({ quiz: "z", n: "-4", err: "boom" })).toMatchObject({ n: 0, checked: false });
    expect(readPosition({ quiz: "z", err: "boom" })?.error).toBeUndefined();
  });
});
