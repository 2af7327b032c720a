import { describe, expect, it } from "vitest";
import { extractArticle } from "../extract.js";

describe("relationsFromEvents", () => {
  it("makes the person in an interview INTERVIEWED_BY the outlet", () => {
    const { draft } = extractArticle({
      title: "Envoy speaks",
      body: "Special Envoy Steve Witkoff led the delegation. In an interview with Fox News, he indicated that Iran might keep some enrichment.",
      publishedAt: "2025-04-22",
    });
    expect(draft.relations.map((r) => [r.subjectId, r.predicate, r.objectId])).toEqual([
      ["steve-witkoff", "INTERVIEWED_BY", "fox-news"],
    ]);
  });
});
