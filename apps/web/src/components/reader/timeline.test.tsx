import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Timeline } from "./timeline";
import type { ReaderArticle, ReaderEvent } from "./types";

const event = (id: string, title: string, date: ReaderEvent["date"], start: number): ReaderEvent => ({
  id,
  kind: "OTHER",
  title,
  date,
  location: null,
  participants: [],
  evidence: [{ start, end: start + 5, text: "words" }],
});

const article = {
  sentences: [
    { start: 0, end: 40 },
    { start: 41, end: 90 },
  ],
  events: [
    event(
      "rome",
      "Rome round",
      {
        iso: "2025-04-19",
        precision: "DAY",
        text: "Last Saturday",
        basis: null,
        status: "OCCURRED",
        approximate: false,
      },
      0,
    ),
    event(
      "witkoff",
      "Trump sends Witkoff",
      {
        iso: "2025",
        precision: "YEAR",
        text: null,
        basis: "before the Muscat round",
        status: "OCCURRED",
        approximate: true,
      },
      50,
    ),
  ],
} as unknown as ReaderArticle;

describe("Timeline", () => {
  const html = renderToStaticMarkup(<Timeline article={article} />);
  const items = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ""));

  it("places an undated event at its inferred date, tagged approximate, saying the date is not stated", () => {
    expect(items).toEqual([
      "2025approximate: Trump sends Witkoff (Date not stated — inferred: before the Muscat round)",
      "19 Apr 2025: Rome round (“Last Saturday”)",
    ]);
    expect(html).toContain('<a href="#s-41">Date not stated — inferred: before the Muscat round</a>');
    expect(html).not.toContain("null");
  });

  it("draws an approximate date's dot pale and a stated one solid", () => {
    const dots = [...html.matchAll(/<circle [^>]*>/g)].map((m) => m[0].includes("fill-opacity"));
    expect(dots).toEqual([true, false]);
  });
});
