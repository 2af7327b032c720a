import { describe, expect, it } from "vitest";
import { segmentBody, sentenceAnchor, sentenceHref } from "./segments";

const body = "Mike Waltz spoke. Iran answered.\nRome hosted.";
const paragraphs = [
  { start: 0, end: 32 },
  { start: 33, end: 45 },
];
const sentences = [
  { start: 0, end: 17 },
  { start: 18, end: 32 },
  { start: 33, end: 45 },
];

describe("segmentBody", () => {
  it("keeps every character of the body in order", () => {
    const view = segmentBody(body, paragraphs, sentences, [
      { start: 0, end: 10, entityId: "mike-waltz", kind: "PERSON" },
      { start: 18, end: 22, entityId: "iran", kind: "COUNTRY" },
    ]);
    const text = view.map((p) => p.sentences.map((s) => s.pieces.map((x) => x.text).join("")).join(" "));
    expect(text.join("\n")).toBe(body);
    expect(view[0]?.sentences[0]?.pieces[0]).toMatchObject({
      text: "Mike Waltz",
      mention: { entityId: "mike-waltz" },
    });
    expect(view[1]?.sentences).toHaveLength(1);
  });

  it("leaves overlapping and boundary-crossing mentions as plain text", () => {
    const view = segmentBody(body, paragraphs, sentences, [
      { start: 0, end: 10, entityId: "mike-waltz", kind: "PERSON" },
      { start: 5, end: 10, entityId: "waltz", kind: "PERSON" },
      { start: 12, end: 20, entityId: "bad", kind: "OTHER" },
    ]);
    const linked = view.flatMap((p) => p.sentences.flatMap((s) => s.pieces.filter((x) => x.mention)));
    expect(linked.map((x) => x.mention?.entityId)).toEqual(["mike-waltz"]);
  });
});

describe("sentenceHref", () => {
  it("points at the id the reader gives the sentence, with the slug encoded", () => {
    expect(sentenceHref("smoke-in-rome", 1243)).toBe(`/articles/smoke-in-rome#${sentenceAnchor(1243)}`);
    expect(sentenceHref("a b/c", 0)).toBe("/articles/a%20b%2Fc#s-0");
  });
});
