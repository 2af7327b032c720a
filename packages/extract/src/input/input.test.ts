import { describe, expect, it } from "vitest";
import { decodeArticleBytes, MAX_INPUT_BYTES } from "./decode.js";
import { ExtractInputError } from "./errors.js";
import { htmlToText, looksLikeHtml } from "./html.js";
import { checkEnglish, englishRatio } from "./language.js";
import { prepareInput } from "./prepare.js";
import { parseArticleText } from "./text-file.js";

const ENGLISH =
  "The minister said that the talks in Rome were going well and that both sides would meet again next week. ".repeat(
    3,
  );

describe("decodeArticleBytes", () => {
  it("refuses a file over the limit, naming the limit", () => {
    const big = new Uint8Array(5 * 1024 * 1024).fill(65);
    expect(() => decodeArticleBytes(big, "big.txt")).toThrow(/big\.txt is 5\.2 MB; the limit is 1 MB/);
    expect(MAX_INPUT_BYTES).toBe(1_000_000);
  });

  it("refuses binary data and invalid UTF-8", () => {
    expect(() => decodeArticleBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(
      /binary data/,
    );
    expect(() => decodeArticleBytes(new Uint8Array([0x48, 0xc3, 0x28, 0x69]))).toThrow(/not valid UTF-8/);
  });

  it("decodes UTF-8 text and drops a byte-order mark", () => {
    expect(decodeArticleBytes(new TextEncoder().encode("\uFEFF“Hi” — café"))).toBe("“Hi” — café");
  });
});

describe("htmlToText", () => {
  it("strips tags, scripts and comments and keeps paragraphs", () => {
    const html =
      "<html><head><script>x()</script></head><body><h1>Title</h1><p>One &amp; <b>two</b>.</p><!-- c --><p>Three&#8217;s&nbsp;four</p></body></html>";
    expect(looksLikeHtml(html)).toBe(true);
    expect(htmlToText(html).replace(/\n+/g, "|")).toBe("Title|One & two.|Three’s four|");
    expect(looksLikeHtml("Plain text with a < b and c > d.")).toBe(false);
  });
});

describe("checkEnglish", () => {
  it("accepts English news and refuses other languages", () => {
    expect(englishRatio(ENGLISH)).toBeGreaterThan(0.3);
    expect(checkEnglish(ENGLISH)).toBeUndefined();
    const italian =
      "Il ministro ha detto che i colloqui a Roma stanno andando bene e che le due parti si incontreranno di nuovo la prossima settimana. ".repeat(
        3,
      );
    expect(() => checkEnglish(italian)).toThrow(ExtractInputError);
    expect(() => checkEnglish(italian)).toThrow(/does not look like English/);
  });
});

describe("prepareInput", () => {
  it("refuses an empty body or a missing title", () => {
    expect(() => prepareInput({ title: "T", body: "  \n " })).toThrow(/body is empty/);
    expect(() => prepareInput({ title: " ", body: ENGLISH })).toThrow(/no title/);
  });

  it("strips HTML with a warning and takes publishedAt from the dateline", () => {
    const p = prepareInput({
      title: "T",
      body: `<p>${ENGLISH}</p>`,
      dateline: "Thursday, February 23, 2023",
    });
    expect(p.body).toBe(ENGLISH.trim());
    expect(p.publishedAt).toBe("2023-02-23");
    expect(p.warnings).toEqual(["the body was HTML: tags were stripped and the text kept"]);
  });

  it("falls back to today with a warning and rejects a malformed date", () => {
    expect(prepareInput({ title: "T", body: ENGLISH }, { today: "2024-01-02" }).warnings[0]).toMatch(
      /resolved against 2024-01-02/,
    );
    expect(() => prepareInput({ title: "T", body: ENGLISH, publishedAt: "23/02/2023" })).toThrow(
      /YYYY-MM-DD/,
    );
  });
});

describe("parseArticleText", () => {
  it("reads title, dateline and blank-line paragraphs", () => {
    const raw = parseArticleText(
      "A title\n\nThursday, February 23, 2023\n\nFirst paragraph\nwrapped here.\n\nSecond one.\n",
    );
    expect(raw).toMatchObject({
      title: "A title",
      dateline: "Thursday, February 23, 2023",
      publishedAt: "2023-02-23",
      body: "First paragraph wrapped here.\nSecond one.",
    });
  });

  it("reads a dek under the title, one paragraph per line, and a closing byline", () => {
    const raw = parseArticleText(
      "Title\nThe dek.\n\nFirst para.\nSecond para.\nDebra A Smith for TROIB News",
    );
    expect(raw).toMatchObject({
      title: "Title",
      dek: "The dek.",
      body: "First para.\nSecond para.",
      byline: "Debra A Smith",
      publisher: "TROIB News",
    });
  });

  it("refuses an empty file and a title without text", () => {
    expect(() => parseArticleText(" \n\n")).toThrow(/the file is empty/);
    expect(() => parseArticleText("Only a title\n")).toThrow(/no paragraphs/);
  });
});
