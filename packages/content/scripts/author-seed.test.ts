import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { locate } from "./author-seed-locate.js";
import { findMentions } from "./author-seed-mentions.js";
import { splitSeedBody } from "./author-seed-sentences.js";
import { parseSeedSource } from "./author-seed-source.js";

const BODY =
  "Trump met Iran’s envoy. The Trump administration and Iranian officials talked.\nUS-Iran talks went on.";

describe("findMentions", () => {
  it("matches whole words only, keeps the possessive outside and lets the longest name win", () => {
    const found = findMentions(BODY, [
      { id: "trump", name: "Donald Trump", aliases: ["Trump"] },
      { id: "admin", name: "Trump administration", aliases: [] },
      { id: "iran", name: "Iran", aliases: [] },
      { id: "us", name: "United States", aliases: ["US"] },
    ]);
    expect(found.get("trump")).toEqual([{ start: 0, end: 5, text: "Trump" }]);
    expect(found.get("admin")?.map((s) => s.text)).toEqual(["Trump administration"]);
    expect(found.get("iran")?.map((s) => s.start)).toEqual([10, BODY.indexOf("US-Iran") + 3]);
    expect(found.get("us")?.map((s) => s.text)).toEqual(["US"]);
  });

  it("rejects an alias that never occurs and a name shared by two entities", () => {
    expect(() => findMentions(BODY, [{ id: "a", name: "A", aliases: ["Tehran"] }])).toThrow(/never occurs/);
    expect(() =>
      findMentions(BODY, [
        { id: "a", name: "Iran", aliases: [] },
        { id: "b", name: "B", aliases: ["Iran"] },
      ]),
    ).toThrow(/names both a and b/);
  });
});

describe("locate", () => {
  it("finds a unique snippet and the nth of a repeated one", () => {
    expect(locate(BODY, "envoy", "t")).toEqual({ start: 17, end: 22, text: "envoy" });
    expect(locate(BODY, ["Trump", 1], "t").start).toBe(BODY.indexOf("Trump administration"));
  });

  it("fails loudly on a missing or ambiguous snippet", () => {
    expect(() => locate(BODY, "Rome", "fact x")).toThrow(/fact x: the snippet "Rome" does not occur/);
    expect(() => locate(BODY, "Trump", "fact y")).toThrow(/occurs 2 times; give \[text, index\]/);
    expect(() => locate(BODY, ["Trump", 2], "fact z")).toThrow(/occurs 2 times, not 3/);
  });
});

describe("splitSeedBody", () => {
  it("splits after a closing quote and after a one-letter word, never across paragraphs", () => {
    const body = "He said “fine.” Then left.\nA post on X. What next?";
    const { paragraphs, sentences } = splitSeedBody(body);
    expect(paragraphs).toHaveLength(2);
    expect(sentences.map((s) => body.slice(s.start, s.end))).toEqual([
      "He said “fine.”",
      "Then left.",
      "A post on X.",
      "What next?",
    ]);
  });
});

describe("parseSeedSource", () => {
  it("cuts title, dek, body and signature", () => {
    const parsed = parseSeedSource("T\nD...\n\nP1\nP2\nAnn Lee for The Paper");
    expect(parsed).toEqual({
      title: "T",
      dek: "D...",
      body: "P1\nP2",
      byline: "Ann Lee",
      publisher: "The Paper",
    });
  });

  it("names what is wrong with a source that does not fit", () => {
    expect(() => parseSeedSource("T\nD\nX\nP1\nAnn for P")).toThrow(/line 3 of the source must be blank/);
    expect(() => parseSeedSource("T\nD\n\nP1\nno signature")).toThrow(/<byline> for <publisher>/);
  });
});

describe("author-seed --check", () => {
  it("regression: the committed smoke-in-rome.json is exactly what the seed facts produce", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/author-seed.ts", "--check"], {
      cwd: new URL("..", import.meta.url).pathname,
      encoding: "utf8",
    });
    expect(run.stderr + run.stdout).toContain("up to date");
    expect(run.status).toBe(0);
  });
});
