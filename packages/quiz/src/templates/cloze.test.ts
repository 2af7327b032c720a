import { describe, expect, it } from "vitest";
import { byKey, ix } from "../../test/pool.js";
import { BLANK, clozeCandidates, spellingVariants } from "./cloze.js";

describe("clozeCandidates", () => {
  const pool = clozeCandidates(ix);

  it("blanks the salient quoted word in its sentence", () => {
    const q = byKey(pool, "cloze:q-trump-disaster");
    expect(q.prompt).toMatch(/labeling it a “_____\.”$/);
    expect(q.correctAnswer).toBe("disaster");
    expect(q.prompt.toLowerCase()).not.toContain("disaster");
  });

  it("avoids a word that appears elsewhere in the sentence", () => {
    const q = byKey(pool, "cloze:q-khamenei-message");
    expect(q.correctAnswer).toBe("world");
    expect(q.prompt).toContain(`“a message to the ${BLANK}.”`);
  });

  it("skips paraphrases and quotes with no word long enough to matter", () => {
    expect(pool.some((c) => c.key === "cloze:q-witkoff-fox")).toBe(false);
    expect(pool.some((c) => c.key === "cloze:q-trump-very-well")).toBe(false);
  });
});

describe("spellingVariants", () => {
  it("accepts British and American spellings", () => {
    expect(spellingVariants("militarized")).toContain("militarised");
    expect(spellingVariants("labour")).toContain("labor");
  });
});
