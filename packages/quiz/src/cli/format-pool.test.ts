import { describe, expect, it } from "vitest";
import { miniGraph } from "../../test/fixtures/smoke-mini.js";
import { formatPool } from "./format-pool.js";

describe("formatPool", () => {
  it("groups the pool by type with answers, distractors and evidence, then counts", () => {
    const text = formatPool(miniGraph);
    expect(text).toContain("== MULTIPLE_CHOICE (");
    expect(text).toContain("In which city was the second round of US–Iran nuclear talks held?");
    expect(text).toMatch(/answer: Rome\n\s+distractors: .+\n\s+evidence: Last Saturday, the second round/);
    expect(text).toMatch(/Summary[^\n]*\n\s+MULTIPLE_CHOICE\s+\d+/);
    expect(text).toMatch(/largest quiz without repeating a fact: \d+ questions/);
  });
});
