import { listRawArticles } from "@quizwire/content";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../src/index.js";

describe("extractArticle fact ids", () => {
  it("regression: two drafted articles share no quote, event or relation id (the store keeps them global)", () => {
    const raws = listRawArticles().slice(0, 2);
    const idsOf = (raw: (typeof raws)[number]) => {
      const { draft } = extractArticle(raw);
      return [...draft.quotes, ...draft.events, ...draft.relations].map((f) => f.id);
    };
    const [a, b] = raws.map(idsOf);
    expect(a!.length + b!.length).toBeGreaterThan(0);
    expect(a!.filter((id) => b!.includes(id))).toEqual([]);
    for (const [i, raw] of raws.entries())
      for (const id of [a, b][i]!) expect(id.startsWith(`${raw.slug}.`)).toBe(true);
  });
});
