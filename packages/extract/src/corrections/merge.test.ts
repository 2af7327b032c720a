import { describe, expect, it } from "vitest";
import { extractArticle } from "../extract.js";
import { mergeCorrections } from "./merge.js";

const { draft } = extractArticle(
  {
    title: "Talks in Rome",
    body: 'Foreign Minister Abbas Araghchi met officials in Rome on Monday. "We found common ground," Araghchi said. Trump convened with aides.',
    publishedAt: "2025-04-22",
  },
  {},
);

describe("mergeCorrections", () => {
  it("lets the editor's fields win over the draft's and marks them CURATED", () => {
    const trump = draft.entities.find((e) => e.name === "Trump")!;
    const merged = mergeCorrections(draft, {
      entities: [{ id: trump.id, name: "Donald Trump", aliases: ["Trump"] }],
    });
    const fixed = merged.entities.find((e) => e.id === trump.id)!;
    expect(fixed).toMatchObject({
      name: "Donald Trump",
      aliases: ["Trump"],
      kind: "PERSON",
      provenance: { status: "CURATED" },
    });
    expect(fixed.mentions).toEqual(trump.mentions);
  });

  it("removes items and adds new ones by id", () => {
    const rome = draft.entities.find((e) => e.name === "Rome")!;
    const quote = draft.quotes[0]!;
    const merged = mergeCorrections(draft, {
      quotes: [{ id: quote.id, remove: true }],
      relations: [
        {
          id: "rel-1",
          subjectId: "abbas-araghchi",
          predicate: "LOCATED_IN",
          objectId: rome.id,
          evidence: [rome.mentions[0]],
        },
      ],
    });
    expect(merged.quotes).toHaveLength(draft.quotes.length - 1);
    expect(merged.relations[0]).toMatchObject({ id: "rel-1", provenance: { method: "CURATED" } });
  });

  it("overrides article fields", () => {
    expect(mergeCorrections(draft, { article: { title: "Rome talks" } }).article.title).toBe("Rome talks");
  });

  it("refuses corrections that break the article, naming the problem", () => {
    expect(() =>
      mergeCorrections(draft, { quotes: [{ id: draft.quotes[0]!.id, speakerId: "nobody" }] }),
    ).toThrow(/not valid[\s\S]*nobody/);
    expect(() => mergeCorrections(draft, { entities: [{ name: "x" } as never] })).toThrow(/has no id/);
  });
});
