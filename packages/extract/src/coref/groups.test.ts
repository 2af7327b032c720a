import { describe, expect, it } from "vitest";
import { runStages } from "../../test/stages.js";

describe("resolveGroupPronouns", () => {
  it("points 'they' at the group named in the sentence before", () => {
    const s = runStages(
      "A breakaway faction, led by Maria Lopez, rejected the budget. They argued that it cut too deep.",
    );
    const names = s.ctx.groupPronouns.map((p) => [p.text, s.entities.get(p.entityId)?.name]);
    expect(names).toEqual([["They", "breakaway faction"]]);
  });

  it("leaves 'they' alone when no group was named within two sentences", () => {
    const s = runStages(
      "German officials met on Monday. The rain fell. The roads flooded. Trucks stalled. They said the bridge was closed.",
    );
    expect(s.ctx.groupPronouns).toEqual([]);
  });
});
