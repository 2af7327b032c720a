import { describe, expect, it } from "vitest";
import { normalizeSearchText } from "./normalize.js";

describe("normalizeSearchText", () => {
  it("drops case, accents and punctuation", () => {
    expect(normalizeSearchText("ARAGHCHÍ")).toBe("araghchi");
    expect(normalizeSearchText("  José  Martínez’s ")).toBe("jose martinez s");
    expect(normalizeSearchText("U.S.-Iran talks")).toBe("u s iran talks");
  });
  it("leaves nothing of a query without letters or digits", () => {
    expect(normalizeSearchText(" %_! ")).toBe("");
  });
});
