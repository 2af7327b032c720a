import { describe, expect, it } from "vitest";
import { byKey, ix, rightLabels, wrongLabels } from "../../test/pool.js";
import { wordKey } from "../text.js";
import { roleCandidates } from "./roles.js";

describe("roleCandidates", () => {
  const pool = roleCandidates(ix);

  it("asks what post a person holds, with other people's posts as distractors", () => {
    const q = byKey(pool, "role-post:mike-waltz");
    expect(q.prompt).toBe("What post does Mike Waltz hold, according to the article?");
    expect(rightLabels(q)).toEqual(["National Security Advisor"]);
    expect(wrongLabels(q)).not.toContain("National Security Advisor");
    expect(q.difficulty).toBe("hard");
  });

  it("asks who holds a post, naming the country, and never offers someone with the same post", () => {
    const q = byKey(pool, "role-holder:vladimir-putin");
    expect(q.prompt).toBe("Who serves as President of Russia?");
    for (const label of wrongLabels(q)) {
      const e = ix.graph.entities.find((x) => x.name === label)!;
      expect(e.roles.map((r) => wordKey(r.title))).not.toContain("president");
    }
  });

  it("skips who-holds-it when two people share the post's words", () => {
    expect(pool.find((c) => c.key === "role-holder:abbas-araghchi")).toBeUndefined();
    const lavrov = byKey(pool, "role-post:sergey-lavrov");
    expect(wrongLabels(lavrov)).not.toContain("Foreign Minister");
  });

  it("says a former post is former", () => {
    const q = byKey(pool, "role-post:douglas-macgregor");
    expect(q.prompt).toContain("What post does Douglas MacGregor hold");
    expect(rightLabels(q)).toEqual(["Retired US Army Colonel"]);
  });
});
