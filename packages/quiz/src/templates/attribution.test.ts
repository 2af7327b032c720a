import { describe, expect, it } from "vitest";
import { byKey, ix, rightLabels, wrongLabels } from "../../test/pool.js";
import { attributionCandidates } from "./attribution.js";

describe("attributionCandidates", () => {
  const pool = attributionCandidates(ix);

  it("asks who said it in the article's own words when they follow the speaker's name", () => {
    const q = byKey(pool, "who-said:q-trump-very-well");
    expect(q.prompt).toBe(
      "Who cautiously informed reporters that the negotiations were progressing “very well”?",
    );
    expect(rightLabels(q)).toEqual(["Donald Trump"]);
  });

  it("falls back to 'said … that …' with the channel when the text names the speaker by pronoun", () => {
    const q = byKey(pool, "who-said:q-witkoff-fox");
    expect(q.prompt).toBe(
      "Who said in an interview with Fox News that Iran might be permitted to maintain limited uranium enrichment for peaceful energy uses?",
    );
    expect(q.evidence.some((s) => s.text.includes("Steve Witkoff"))).toBe(true);
  });

  it("offers three people who did not say it", () => {
    for (const q of pool.filter((c) => c.type === "MULTIPLE_CHOICE")) {
      const quote = ix.quotes.find((x) => `who-said:${x.id}` === q.key)!;
      expect(wrongLabels(q)).toHaveLength(3);
      for (const label of wrongLabels(q)) {
        const e = ix.graph.entities.find((x) => x.name === label)!;
        expect(e.kind).toBe("PERSON");
        expect(ix.quotes.some((x) => x.speakerId === e.id && x.text === quote.text)).toBe(false);
      }
    }
  });

  it("makes a true statement and a false one that names someone else", () => {
    const t = byKey(pool, "tf-who-said:q-araghchi-common-ground:true");
    const f = byKey(pool, "tf-who-said:q-araghchi-common-ground:false");
    expect(t.prompt).toMatch(/^True or false\? Abbas Araghchi noted that/);
    expect(f.prompt).not.toContain("Araghchi noted");
    expect([t.truth, f.truth]).toEqual([true, false]);
    expect(f.factKey).toBe(t.factKey);
  });
});
