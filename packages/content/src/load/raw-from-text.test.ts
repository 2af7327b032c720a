import { describe, expect, it } from "vitest";
import { parseDateline, rawArticleFromText } from "./raw-from-text.js";

const SOURCE = {
  slug: "sample",
  publisher: "Wikinews",
  sourceUrl: "https://en.wikinews.org/wiki/Sample",
  license: "CC BY 2.5",
  attribution: '"Sample", Wikinews',
};

describe("rawArticleFromText", () => {
  it("takes the title, keeps the dateline out of the body and joins paragraphs with one newline", () => {
    const raw = rawArticleFromText(
      "A title\n\nFriday, July 21, 2017\n\nFirst para.\n\nSecond para.\n",
      SOURCE,
    );
    expect(raw).toMatchObject({
      title: "A title",
      dateline: "Friday, July 21, 2017",
      publishedAt: "2017-07-21",
      body: "First para.\nSecond para.",
    });
  });

  it("rejects text without a body", () => {
    expect(() => rawArticleFromText("Title\n\nMonday, May 18, 2015\n", SOURCE)).toThrow(
      /at least one paragraph/,
    );
  });
});

describe("parseDateline", () => {
  it("reads Wikinews datelines", () => {
    expect(parseDateline("Thursday, May 7, 2015")).toBe("2015-05-07");
  });
  it("names a dateline it cannot read", () => {
    expect(() => parseDateline("Yesterday")).toThrow(/"Yesterday" is not like/);
  });
});
