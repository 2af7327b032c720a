import { describe, expect, it } from "vitest";
import { byKey, ix, rightLabels, wrongLabels } from "../../test/pool.js";
import { factionCandidates } from "./factions.js";

describe("factionCandidates", () => {
  const pool = factionCandidates(ix);

  it("asks who belonged to a faction, named by its stance, with rivals as distractors", () => {
    const q = byKey(pool, "faction-members:pragmatists");
    expect(q.type).toBe("MULTI_SELECT");
    expect(q.prompt).toBe(
      "Who belonged to the faction that backed “a more pragmatic approach”? Select all that apply.",
    );
    expect(rightLabels(q).sort()).toEqual(["JD Vance", "Pete Hegseth", "Steve Witkoff"]);
    expect(wrongLabels(q)).toEqual(expect.arrayContaining(["Mike Waltz", "Marco Rubio"]));
    expect(q.difficulty).toBe("hard");
  });

  it("counts leaders as members", () => {
    expect(rightLabels(byKey(pool, "faction-members:hardliners")).sort()).toEqual([
      "Marco Rubio",
      "Mike Waltz",
    ]);
  });
});
