import { describe, expect, it } from "vitest";
import { initialSizer, MAX_HEIGHT, MIN_HEIGHT, nextHeight, RUNAWAY_STEPS } from "./sizing.js";

describe("nextHeight", () => {
  it("follows the content and clamps to sane bounds", () => {
    expect(nextHeight(initialSizer(400), 512.2, 0).height).toBe(513);
    expect(nextHeight(initialSizer(400), 3, 0).height).toBe(MIN_HEIGHT);
    expect(nextHeight(initialSizer(400), 1e9, 0).height).toBe(MAX_HEIGHT);
  });

  it("freezes after a streak of quick growth steps and stays frozen", () => {
    let s = initialSizer(400);
    for (let i = 1; i <= RUNAWAY_STEPS + 2; i++) s = nextHeight(s, 400 + i * 100, i * 10);
    expect(s.frozen).toBe(true);
    expect(nextHeight(s, 200, 10_000).height).toBe(s.height);
  });

  it("does not freeze content that grows slowly, step by step, as a reader goes on", () => {
    let s = initialSizer(400);
    for (let i = 1; i <= 20; i++) s = nextHeight(s, 400 + i * 100, i * 5000);
    expect(s.frozen).toBe(false);
    expect(s.height).toBe(2400);
  });
});
