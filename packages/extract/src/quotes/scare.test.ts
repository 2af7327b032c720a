import { describe, expect, it } from "vitest";
import { runStages } from "../../test/stages.js";
import { attributeQuotations } from "./direct.js";
import { findQuotations } from "./marks.js";

function attribute(text: string, authorId?: string) {
  const s = runStages(text);
  const ctx = authorId ? { ...s.ctx, authorId } : s.ctx;
  const r = attributeQuotations(ctx, s.sentences, s.paragraphs, findQuotations(s.body, s.paragraphs));
  return {
    quotes: r.quotes.map((q) => [q.text, q.speaker.entityId, q.speaker.resolution, q.speaker.confidence]),
    unresolved: r.unresolved.map((q) => q.text),
  };
}

describe("authorOfScareQuote", () => {
  it("gives the writer's own scare-quoted word to the byline's author, with low confidence", () => {
    expect(
      attribute("The budget made no mention of any “austerity.” Markets shrugged.", "jane-writer").quotes,
    ).toEqual([["austerity", "jane-writer", "UNRESOLVED", 0.3]]);
  });

  it("leaves the word unresolved without a byline, or when a name or a source in lower case is in the sentence", () => {
    expect(attribute("The budget made no mention of any “austerity.”").unresolved).toEqual(["austerity."]);
    expect(
      attribute("The Treasury budget made no mention of any “austerity.”", "jane-writer").unresolved,
    ).toEqual(["austerity."]);
    expect(
      attribute("Officials will cut the queue to “streamline” checks.", "jane-writer").unresolved,
    ).toEqual(["streamline"]);
  });
});
