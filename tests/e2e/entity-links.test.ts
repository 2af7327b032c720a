import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe.js";
import { screenshotWidths } from "./support/screenshots.js";
import { skipBrowser, useBrowser } from "./support/session.js";

const SLUG = "smoke-in-rome";

type Facts = {
  name: string;
  events: { title: string; evidence: { text: string }[] }[];
  quotes: { text: string; kind: string; evidence: { text: string } }[];
};

/** What the API says about an entity: the oracle the page's links are checked against. */
async function factsOf(key: string): Promise<Facts> {
  const response = await fetch(inject("apiUrl"), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `query ($id: ID!) { entity(id: $id) { name
        events { title evidence { text } }
        quotes { text kind evidence { text } } } }`,
      variables: { id: key },
    }),
  });
  const json = (await response.json()) as { data: { entity: Facts } };
  return json.data.entity;
}

/** The speakers the reader lists beside the seed article, as entity keys. */
async function speakersOf(page: Page): Promise<string[]> {
  await page.goto(`/articles/${SLUG}`);
  const hrefs = await page
    .locator("aside figcaption a[href^='/entities/']")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  return [...new Set(hrefs.map((h) => decodeURIComponent(h.replace("/entities/", ""))))];
}

/** A speaker of the seed article with both events and quotes, and what the API says about it. */
async function speakerWithEventsAndQuotes(page: Page): Promise<{ key: string; facts: Facts }> {
  for (const key of await speakersOf(page)) {
    const facts = await factsOf(key);
    if (facts.events.length > 0 && facts.quotes.length > 0) return { key, facts };
  }
  throw new Error(`no speaker of ${SLUG} has both events and quotes`);
}

/** Follows `link` and returns the text of the element the reader then targets. */
async function follow(page: Page, link: ReturnType<Page["locator"]>): Promise<string> {
  const href = (await link.getAttribute("href")) ?? "";
  expect(href).toMatch(new RegExp(`^/articles/${SLUG}#s-\\d+$`));
  await link.click();
  await page.waitForURL((u) => `${u.pathname}${u.hash}` === href);
  const target = page.locator(":target");
  await expect(target.getAttribute("class")).resolves.toContain("sentence");
  const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background, "the targeted sentence is highlighted").not.toBe("rgba(0, 0, 0, 0)");
  return (await target.textContent()) ?? "";
}

describe.skipIf(skipBrowser)("entity page links to the sentences", () => {
  const browser = useBrowser();

  it("takes a reader from an event and from a quote to the sentence stating it, with or without JavaScript", async () => {
    const page = await browser.newPage();
    const { key, facts } = await speakerWithEventsAndQuotes(page);
    const entityPath = `/entities/${encodeURIComponent(key)}`;

    // Every event and quote of the entity is a link to a sentence of the article.
    await page.goto(entityPath);
    await expect(page.locator("h1").textContent()).resolves.toBe(facts.name);
    const eventLinks = page.locator("section[aria-labelledby=events-h] li a[href*='#s-']");
    const quoteLinks = page.locator("section[aria-labelledby=quotes-h] blockquote a[href*='#s-']");
    await expect(eventLinks.count()).resolves.toBe(facts.events.length);
    await expect(quoteLinks.count()).resolves.toBe(facts.quotes.length);
    const articleLink = page.locator("main p.meta a[href='/articles/smoke-in-rome']");
    await expect(articleLink.count()).resolves.toBe(1);

    const event = facts.events.find((e) => e.evidence.length > 0)!;
    const eventText = await follow(page, eventLinks.filter({ hasText: event.title }).first());
    expect(eventText).toContain(event.evidence[0]!.text);

    // Without JavaScript: a plain link, so the full navigation still sets :target.
    const noJs = await browser.newPage({ javaScriptEnabled: false });
    await noJs.goto(entityPath);
    const quote = facts.quotes.at(-1)!;
    const words = quote.kind === "PARAPHRASE" ? quote.text : `“${quote.text}”`;
    const quoteLink = noJs
      .locator("section[aria-labelledby=quotes-h] blockquote a")
      .filter({ hasText: words })
      .first();
    const quoteText = await follow(noJs, quoteLink);
    expect(quoteText).toContain(quote.evidence.text);
  });

  it("keeps the entity page free of axe violations in light and dark, wide and narrow", async () => {
    const page = await browser.newPage();
    const { key } = await speakerWithEventsAndQuotes(page);
    await page.goto(`/entities/${encodeURIComponent(key)}`);
    for (const scheme of ["light", "dark"] as const) {
      for (const width of [1280, 320]) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height: 800 });
        await expectNoAxeViolations(page, `entity ${key} (${scheme}, ${width}px)`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `entity page scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
      }
    }
    await screenshotWidths(page, "entity");
  });
});
