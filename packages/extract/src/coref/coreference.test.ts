import { describe, expect, it } from "vitest";
import { runStages } from "../../test/stages.js";

describe("resolveCoreference", () => {
  it("resolves he and his to the person the previous sentence was about", () => {
    const s = runStages(
      "Special Envoy Steve Witkoff led the delegation. In an interview with Fox News, he indicated a shift. Notably absent from his comments was one word.",
    );
    const witkoff = s.table.entities.find((e) => e.name === "Steve Witkoff")!;
    expect(s.coref.pronouns.map((p) => [p.text, p.entityId])).toEqual([
      ["he", witkoff.id],
      ["his", witkoff.id],
    ]);
  });

  it("follows a chain of pronouns instead of jumping to the last name", () => {
    const s = runStages(
      "Araghchi's trip raised eyebrows. Foreign Minister Abbas Araghchi flew first. Before arriving, he stopped in Moscow to meet President Vladimir Putin. He delivered a message.",
    );
    const araghchi = s.table.entities.find((e) => e.name === "Abbas Araghchi")!;
    expect(s.coref.pronouns.map((p) => p.entityId)).toEqual([araghchi.id, araghchi.id]);
  });

  it("leaves a pronoun with no person before it unresolved", () => {
    expect(runStages("He arrived in Rome on Monday.").coref.pronouns).toEqual([]);
  });
});
