import { describe, expect, it } from "vitest";
import { ix } from "../../test/pool.js";
import { wordKey } from "../text.js";
import { matchingCandidates } from "./matching.js";

describe("matchingCandidates", () => {
  const pool = matchingCandidates(ix);

  it("pairs people with posts that no other person in the question holds", () => {
    expect(pool.length).toBeGreaterThan(0);
    for (const q of pool) {
      const pairs = q.pairs ?? [];
      expect(pairs.length).toBeGreaterThanOrEqual(3);
      const titles = pairs.map((p) => wordKey(p.right.label));
      expect(new Set(titles).size).toBe(titles.length);
      for (const p of pairs) {
        const person = ix.entity(p.left.key)!;
        const own = person.roles.map((r) => wordKey(r.title));
        expect(titles.filter((t) => own.includes(t))).toEqual([wordKey(p.right.label)]);
      }
      expect(q.facts).toEqual(expect.arrayContaining(pairs.map((p) => `role:${p.left.key}`)));
    }
  });

  it("never puts Araghchi and Lavrov, both Foreign Minister, in one question", () => {
    for (const q of pool) {
      const people = q.pairs!.map((p) => p.left.key);
      expect(people.includes("abbas-araghchi") && people.includes("sergey-lavrov")).toBe(false);
    }
  });
});
