import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestFile } from "./ingest-file.js";

const ARTICLE = `Flag vote announced

Thursday, May 7, 2015

Prime Minister John Key said the flag would be put to a vote. "It is time," Key said.

Professor John Burrows will chair the panel.
`;

function dir(): string {
  return mkdtempSync(join(tmpdir(), "quizwire-ingest-"));
}

describe("ingestFile", () => {
  it("drafts a plain-text file, taking publishedAt from its dateline and honouring overrides", () => {
    const d = dir();
    writeFileSync(join(d, "flag.txt"), ARTICLE);
    const { draft, correctionsFile } = ingestFile(join(d, "flag.txt"), { byline: "A Reporter" });
    expect(draft.article).toMatchObject({
      title: "Flag vote announced",
      publishedAt: "2015-05-07",
      byline: "A Reporter",
      slug: "flag-vote-announced",
    });
    expect(draft.quotes.map((q) => [q.kind, q.text])).toEqual([
      ["PARAPHRASE", "the flag would be put to a vote"],
      ["DIRECT", "It is time"],
    ]);
    expect(correctionsFile).toBeUndefined();
  });

  it("lets <slug>.curated.json beside the file win over the draft", () => {
    const d = dir();
    writeFileSync(join(d, "flag.txt"), ARTICLE);
    const first = ingestFile(join(d, "flag.txt")).draft;
    const key = first.entities.find((e) => e.name === "John Key")!;
    writeFileSync(
      join(d, "flag-vote-announced.curated.json"),
      JSON.stringify({ entities: [{ id: key.id, description: "Prime Minister of New Zealand" }] }),
    );
    const again = ingestFile(join(d, "flag.txt"));
    expect(again.correctionsFile).toBe(join(d, "flag-vote-announced.curated.json"));
    expect(again.draft.entities.find((e) => e.id === key.id)).toMatchObject({
      description: "Prime Minister of New Zealand",
      provenance: { status: "CURATED" },
    });
  });

  it("refuses a missing file, binary data and an oversized file", () => {
    const d = dir();
    expect(() => ingestFile(join(d, "nope.txt"))).toThrow(/does not exist/);
    writeFileSync(join(d, "bin.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(() => ingestFile(join(d, "bin.txt"))).toThrow(/binary data/);
    writeFileSync(join(d, "big.txt"), "word ".repeat(1_000_000));
    expect(() => ingestFile(join(d, "big.txt"))).toThrow(/5\.0 MB; the limit is 1 MB/);
  });
});
