import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EntityArticles } from "./entity-articles";
import type { ArticleFacts } from "./types";

const rome = { slug: "smoke-in-rome", title: "Smoke in Rome", publishedAt: "2025-04-26" };
const muscat = { slug: "muscat-talks", title: "Talks in Muscat", publishedAt: "2025-05-02" };

const facts = (article: typeof rome, at: number): ArticleFacts => ({
  article,
  quotes: [
    {
      id: `q-${article.slug}`,
      text: "a disaster",
      kind: "PARTIAL",
      channel: "told reporters",
      article,
      evidence: { start: at + 5, text: "a disaster", sentence: { start: at } },
    },
  ],
  events: [
    {
      id: `e-${article.slug}`,
      title: "Talks open",
      date: {
        iso: "2025-04-12",
        precision: "DAY",
        text: "Saturday",
        basis: null,
        status: "OCCURRED",
        approximate: false,
      },
      location: { key: "oman", name: "Oman" },
      article,
      evidence: [
        { start: at + 20, text: "talks opened", sentence: { start: at + 18 } },
        { start: at + 90, text: "the talks", sentence: { start: at + 80 } },
      ],
    },
  ],
  sentences: [{ start: at + 40, text: "Trump spoke." }],
  mentionCount: 2,
});

/** Every link of the markup: its href and its text. */
const links = (html: string) =>
  [...html.matchAll(/<a href="([^"]+)">(.*?)<\/a>/g)].map((m) => ({ href: m[1], text: m[2] }));

describe("EntityArticles", () => {
  it("links every quote, event and mention to its sentence in the reader", () => {
    const html = renderToStaticMarkup(<EntityArticles groups={[facts(rome, 100)]} />);
    expect(links(html)).toEqual([
      { href: "/articles/smoke-in-rome", text: "Smoke in Rome" },
      { href: "/articles/smoke-in-rome#s-100", text: "“a disaster”" },
      { href: "/articles/smoke-in-rome#s-118", text: "Talks open" },
      { href: "/entities/oman", text: "Oman" },
      { href: "/articles/smoke-in-rome#s-140", text: "Trump spoke." },
    ]);
    expect(html).toContain('<h2 id="mentions-h">Mentions</h2>');
    expect(html).toContain("Named 2 times.");
  });

  it("gives each article a heading linking to it, with unique ids, when there are several", () => {
    const html = renderToStaticMarkup(<EntityArticles groups={[facts(muscat, 0), facts(rome, 100)]} />);
    const headings = [...html.matchAll(/<h2 id="([^"]+)"><a href="([^"]+)">/g)].map((m) => [m[1], m[2]]);
    expect(headings).toEqual([
      ["a0-h", "/articles/muscat-talks"],
      ["a1-h", "/articles/smoke-in-rome"],
    ]);
    expect(html.match(/<h3 id="a1-events-h"[^>]*>Events<\/h3>/g)).toHaveLength(1);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(html).toContain(`aria-labelledby="${id}"`);
    expect(links(html).filter((l) => l.href?.includes("#s-"))).toHaveLength(6);
  });

  it("shows facts with no article as plain text, since there is no sentence to link", () => {
    const loose = { ...facts(rome, 0), article: null };
    const html = renderToStaticMarkup(<EntityArticles groups={[facts(rome, 100), loose]} />);
    expect(html).toContain("Not from an article");
    expect(links(html).filter((l) => l.href?.includes("#s-"))).toHaveLength(3);
  });

  it("says when the article does not state an event's date, and what it was inferred from", () => {
    const undated = facts(rome, 100);
    undated.events[0]!.date = {
      iso: "2025",
      precision: "YEAR",
      text: null,
      basis: "before the Muscat round",
      status: "OCCURRED",
      approximate: true,
    };
    const html = renderToStaticMarkup(<EntityArticles groups={[undated]} />);
    expect(html).toContain('<time dateTime="2025">2025</time><span class="tag">approximate</span>');
    expect(html).toContain("(Date not stated — inferred: before the Muscat round)");
    expect(renderToStaticMarkup(<EntityArticles groups={[facts(rome, 100)]} />)).not.toMatch(
      /not stated|approximate/,
    );
  });

  it("says so when no article names the entity", () => {
    expect(renderToStaticMarkup(<EntityArticles groups={[]} />)).toContain("No article names it yet.");
  });
});
