import { describe, expect, it } from "vitest";
import { findGroupMentions } from "./groups.js";

const found = (text: string) => findGroupMentions(text).map((m) => [m.text, m.key]);

describe("findGroupMentions", () => {
  it("names both sides of a talk as one group, whatever the wording", () => {
    expect(found("Both sides called the strike talks useful. The two sides meet again in May.")).toEqual([
      ["Both sides", "Both sides"],
      ["The two sides", "Both sides"],
    ]);
  });

  it("takes a faction by its adjectives and links a bare 'the faction' to it", () => {
    expect(found("A rebel faction walked out. Later the faction returned to the chamber.")).toEqual([
      ["rebel faction", "rebel faction"],
      ["faction", "rebel faction"],
    ]);
  });

  it("makes a country's officials and the press groups, without the quantifier", () => {
    expect(
      found(
        "Several French diplomats left early. Many local news outlets reported the vote, as did Brazilian lawmakers.",
      ),
    ).toEqual([
      ["French diplomats", "French diplomats"],
      ["local news outlets", "local news outlets"],
      ["Brazilian lawmakers", "Brazilian lawmakers"],
    ]);
  });

  it("finds the West as a bloc but not the West Bank, nor capitalised words that are not countries", () => {
    expect(
      found("The West imposed sanctions on the West Bank settlers. Party officials stayed silent."),
    ).toEqual([["The West", "the West"]]);
  });
});
