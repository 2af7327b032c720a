import { describe, expect, it } from "vitest";
import { extractArticle } from "../extract.js";
import { compareDraft } from "./compare.js";
import { normaliseName } from "./names.js";
import { score } from "./score.js";

describe("score", () => {
  it("matches one to one and computes precision and recall", () => {
    const s = score([1, 1, 2, 9], [1, 2, 3], (a, b) => a === b);
    expect(s).toEqual({ matched: 2, drafted: 4, curated: 3, found: 2, precision: 0.5, recall: 2 / 3 });
  });
});

describe("normaliseName", () => {
  it("ignores case, accents, a leading 'the' and punctuation", () => {
    expect(normaliseName("The Élysée-Palace’s")).toBe("elysee palace");
  });
});

describe("compareDraft", () => {
  it("scores a draft against itself as perfect", () => {
    const { draft } = extractArticle({
      title: "T",
      body: 'Foreign Minister Abbas Araghchi visited Moscow on Monday. "We found common ground," Araghchi said in Rome.',
      publishedAt: "2025-04-22",
    });
    const scores = compareDraft(draft, draft);
    for (const s of Object.values(scores)) expect([s.precision, s.recall]).toEqual([1, 1]);
  });
});
