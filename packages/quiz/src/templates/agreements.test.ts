import { describe, expect, it } from "vitest";
import { byKey, ix, rightLabels, wrongLabels } from "../../test/pool.js";
import { agreementCandidates } from "./agreements.js";

describe("agreementCandidates", () => {
  const pool = agreementCandidates(ix);

  it("asks who withdrew from an agreement", () => {
    const q = byKey(pool, "agreement-who:donald-trump.withdrew-from.jcpoa");
    expect(q.prompt).toBe("Who withdrew from the Joint Comprehensive Plan of Action?");
    expect(rightLabels(q)).toEqual(["Donald Trump"]);
    expect(wrongLabels(q)).toHaveLength(3);
  });

  it("skips 'what did X ratify' when there are not three other agreements", () => {
    expect(pool.find((c) => c.key.startsWith("agreement-what:"))).toBeUndefined();
  });

  it("makes the false statement by swapping the agreement", () => {
    const f = byKey(pool, "tf-agreement:vladimir-putin.ratified.russia-iran-partnership:false");
    expect(f.prompt).toBe("True or false? Vladimir Putin ratified the Joint Comprehensive Plan of Action.");
    expect(f.explanation).toContain("not the Joint Comprehensive Plan of Action");
  });
});
