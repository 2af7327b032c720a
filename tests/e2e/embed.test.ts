import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe.js";
import { embedFrame, takeEmbeddedQuiz } from "./support/embed-quiz.js";
import { type HostServer, hostPage, startHostServer } from "./support/host-server.js";
import { skipBrowser, useBrowser, webUrl } from "./support/session.js";

const SLUG = "smoke-in-rome";
type Heard = { type: string; detail: Record<string, unknown> };

/** Takes the quiz in the page's frame and checks the host heard `quizwire:complete` with the frame's score. */
async function takeAndHearComplete(page: Page, read: "events" | "messages") {
  const frame = await embedFrame(page);
  const shown = await takeEmbeddedQuiz(page, frame);
  // The element's DOM events (window.heard) or, for a plain iframe, the raw messages (window.messages).
  const heardNow = () =>
    page.evaluate((k) => {
      const list =
        (window as never as Record<string, unknown[]>)[k === "events" ? "heard" : "messages"] ?? [];
      return list.map((x) =>
        k === "events" ? x : { type: `quizwire:${(x as { type: string }).type}`, detail: x },
      );
    }, read) as Promise<Heard[]>;
  await expect.poll(async () => (await heardNow()).some((h) => h.type === "quizwire:complete")).toBe(true);
  const heard = await heardNow();
  const done = heard.find((h) => h.type === "quizwire:complete")!;
  expect(done.detail).toMatchObject({ score: shown.score, total: shown.total });
  return { shown, heard };
}

/**
 * The stats page of a quiz taken once, on `origin`: the origins table lists it, its plain link (no
 * script) filters the page and is marked current; axe passes light and dark, wide and narrow, and
 * nothing scrolls sideways at 320 px.
 */
async function checkStatsByOrigin(browser: ReturnType<typeof useBrowser>, quizId: string, origin: string) {
  const page = await browser.newPage({ javaScriptEnabled: false });
  const stats = `${webUrl}/quizzes/${quizId}/stats`;
  await page.goto(stats);
  const table = page.locator("table", { has: page.locator("caption", { hasText: "per embedding origin" }) });
  const cells = async () =>
    (await table.locator("tbody tr").allInnerTexts()).map((row) => row.split("\t").map((c) => c.trim()));
  expect(await cells()).toEqual([
    ["All origins", "1", "100%"],
    [origin, "1", "100%"],
  ]);
  expect(await table.locator('a[aria-current="page"]').textContent()).toBe("All origins");
  await table.getByRole("link", { name: origin, exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get("origin") === origin);
  expect(await page.locator("main").textContent()).toContain(`From ${origin}: 1 attempt`);
  expect(await table.locator('a[aria-current="page"]').textContent()).toBe(origin);
  expect(await page.locator("svg g[data-score]").count()).toBe(6);
  // axe runs as a script: on a page with JavaScript, filtered the same way.
  const withJs = await browser.newPage();
  await withJs.goto(page.url());
  for (const scheme of ["light", "dark"] as const) {
    for (const width of [1280, 320]) {
      await withJs.emulateMedia({ colorScheme: scheme });
      await withJs.setViewportSize({ width, height: 800 });
      await expectNoAxeViolations(withJs, `stats by origin (${scheme}, ${width}px)`);
      const overflow = await withJs.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `stats scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
    }
  }
  // An origin with no attempts yet gets its own empty, current row; a non-origin gets the API's sentence.
  await page.goto(`${stats}?origin=${encodeURIComponent("https://other.example")}`);
  expect(await page.locator("main").textContent()).toContain("From https://other.example: 0 attempts");
  expect(await table.locator('a[aria-current="page"]').textContent()).toBe("https://other.example");
  await page.goto(`${stats}?origin=${encodeURIComponent("other.example/page")}`);
  expect(await page.getByRole("alert").textContent()).toMatch(
    /origin must be an origin, scheme:\/\/host\[:port\].*Showing all attempts\./,
  );
  expect(await page.locator("main p strong").first().textContent()).toBe("1");
}

describe.skipIf(skipBrowser)("embedding a quiz in a page of another origin", () => {
  const browser = useBrowser();
  let host: HostServer;
  beforeAll(async () => {
    host = await startHostServer();
  });
  afterAll(async () => {
    await host?.close();
  });

  it("by script tag and <quizwire-quiz>: sized to its content at every step, events with the frame's score", async () => {
    host.pages.set(
      "/script",
      hostPage(
        `<script async src="${webUrl}/widget.js"></script>\n<quizwire-quiz article="${SLUG}" questions="5" types="multiple_choice,true_false" theme="dark" accent="#0a7"></quizwire-quiz>`,
        webUrl,
      ),
    );
    const page = await browser.newPage();
    // Everything the frame loads, at every step: its only script is frame.js, nothing of Next's runtime.
    const frameLoads: { type: string; path: string }[] = [];
    page.on("request", (r) => {
      if (r.frame() !== page.mainFrame())
        frameLoads.push({ type: r.resourceType(), path: new URL(r.url()).pathname });
    });
    await page.goto(`${host.origin}/script`);
    const { shown, heard } = await takeAndHearComplete(page, "events");
    expect(shown.total).toBe(5);
    const scripts = frameLoads.filter((l) => l.type === "script").map((l) => l.path);
    expect(scripts.length).toBeGreaterThan(0);
    expect(new Set(scripts)).toEqual(new Set(["/embed/frame.js"]));
    expect(frameLoads.filter((l) => l.path.startsWith("/_next/"))).toEqual([]);
    const ready = heard.find((h) => h.type === "quizwire:ready");
    expect(ready?.detail).toMatchObject({ questionCount: 5 });
    const answers = heard.filter((h) => h.type === "quizwire:answer");
    expect(answers).toHaveLength(5);
    expect(answers.filter((a) => a.detail.correct).length).toBe(Math.round(shown.score));
    // The attempt was recorded with the host page's origin: the stats page lists it, and its link filters.
    const quizId = String(ready?.detail.quizId);
    await checkStatsByOrigin(browser, quizId, host.origin);
  });

  it("works without JavaScript: the embed page alone, as plain forms, reaches the score", async () => {
    for (const mode of ["end", "now"]) {
      const page = await browser.newPage({ javaScriptEnabled: false });
      await page.goto(`/embed/quiz/${SLUG}?questions=5&mode=${mode}`);
      const shown = await takeEmbeddedQuiz(page, page.mainFrame(), false);
      expect(shown.total).toBe(5);
      expect(shown.score).toBeGreaterThanOrEqual(0);
      expect(await page.locator(".results > li").count()).toBe(5);
    }
  });

  it("serves the frame as plain HTML: no script but frame.js, its own long-cached stylesheet, a real 404", async () => {
    const response = await fetch(`${webUrl}/embed/quiz/${SLUG}?questions=5&theme=dark`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en">/);
    expect(html).toContain("<title>Quiz · Quizwire</title>");
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).not.toContain("/_next/");
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.filter((tag) => /\ssrc=/.test(tag))).toEqual(['<script src="/embed/frame.js">']);
    // Besides frame.js: this step's events as JSON data and the one line that posts them through it.
    expect(scripts).toHaveLength(3);
    const css = html.match(/<link rel="stylesheet" href="([^"]+)"\/>/)?.[1];
    expect(css).toMatch(/^\/embed\/frame\.css\?v=[0-9a-f]+$/);
    const sheet = await fetch(`${webUrl}${css}`);
    expect(sheet.headers.get("content-type")).toMatch(/^text\/css/);
    expect(sheet.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await sheet.text()).toContain('main.embed[data-theme="dark"]');
    const stale = await fetch(`${webUrl}/embed/frame.css?v=0`);
    expect(stale.headers.get("cache-control")).toBe("public, max-age=300");
    const missing = await fetch(`${webUrl}/embed/quiz/no-such-article?questions=5`);
    expect(missing.status).toBe(404);
    const notFound = await missing.text();
    expect(notFound).toContain("data-quizwire-root");
    expect(notFound).toContain("<h1>Not found</h1>");
    expect(missing.headers.get("content-security-policy")).toBe("frame-ancestors *");
  });

  it("by plain iframe: messages reach only the host origin, which sizes the frame", async () => {
    const src = `${webUrl}/embed/quiz/${SLUG}?questions=5&mode=end&theme=light&host=${encodeURIComponent(host.origin)}`;
    host.pages.set(
      "/iframe",
      hostPage(
        `<iframe data-plain src="${src}" title="Quiz" style="display:block;border:0;width:100%;height:300px"></iframe>`,
        webUrl,
      ),
    );
    const page = await browser.newPage();
    await page.goto(`${host.origin}/iframe`);
    const { shown } = await takeAndHearComplete(page, "messages");
    expect(shown.total).toBe(5);
  });

  it("by oEmbed discovery: the article's link leads to JSON whose html, inserted in the page, works", async () => {
    const article = await (await fetch(`${webUrl}/articles/${SLUG}`)).text();
    const link = article.match(/<link[^>]*type="application\/json\+oembed"[^>]*>/)?.[0];
    expect(link, "discovery link on the article page").toBeDefined();
    expect(link).toMatch(/title="[^"]+"/);
    const href = link!.match(/href="([^"]+)"/)![1]!.replace(/&amp;/g, "&");
    const response = await fetch(`${href}&maxwidth=500`);
    expect(response.status).toBe(200);
    const oembed = (await response.json()) as Record<string, unknown>;
    expect(oembed).toMatchObject({ version: "1.0", type: "rich", provider_name: "Quizwire", width: 500 });
    expect(oembed.height).toBeGreaterThan(0);
    host.pages.set("/oembed", hostPage(String(oembed.html), webUrl));
    const page = await browser.newPage();
    await page.goto(`${host.origin}/oembed`);
    await takeAndHearComplete(page, "events");
  });

  it("oEmbed answers 404 for unknown URLs, 501 for xml, 400 without url", async () => {
    const ask = (query: string) => fetch(`${webUrl}/api/oembed?${query}`).then((r) => r.status);
    expect(await ask(`url=${encodeURIComponent(`${webUrl}/articles/no-such-article`)}&format=json`)).toBe(
      404,
    );
    expect(await ask(`url=${encodeURIComponent(`${host.origin}/articles/${SLUG}`)}&format=json`)).toBe(404);
    expect(await ask(`url=${encodeURIComponent(`${webUrl}/entities/x`)}&format=json`)).toBe(404);
    expect(await ask(`url=${encodeURIComponent(`${webUrl}/articles/${SLUG}`)}&format=xml`)).toBe(501);
    expect(await ask("format=json")).toBe(400);
  });

  it("serves the loader and frame bridge as JavaScript, and frame-ancestors on every page", async () => {
    for (const path of ["/widget.js", "/embed/frame.js"]) {
      const r = await fetch(`${webUrl}${path}`);
      expect(r.headers.get("content-type")).toMatch(/^text\/javascript/);
      expect(r.headers.get("cache-control")).toMatch(/max-age=\d+/);
    }
    const embed = await fetch(`${webUrl}/embed/quiz/${SLUG}?questions=5`, { redirect: "manual" });
    // Every reader of one embed gets the same quiz, so its statistics gather in one place.
    const again = await fetch(`${webUrl}/embed/quiz/${SLUG}?questions=5&theme=dark`, { redirect: "manual" });
    const quizOf = (r: Response) => new URL(r.headers.get("location") ?? "", webUrl).searchParams.get("quiz");
    expect(quizOf(embed)).toMatch(/^[0-9a-f-]{36}$/);
    expect(quizOf(again)).toBe(quizOf(embed));
    expect(embed.headers.get("content-security-policy")).toBe("frame-ancestors *");
    const article = await fetch(`${webUrl}/articles/${SLUG}`);
    expect(article.headers.get("content-security-policy")).toBe("frame-ancestors 'self'");
  });

  it("has no axe violations on the embed page (both themes) and the builder", async () => {
    const page = await browser.newPage();
    // A bright accent gets dark button text, so it stays readable.
    for (const theme of ["light", "dark", "light&accent=%23f80"]) {
      await page.goto(`/embed/quiz/${SLUG}?questions=5&theme=${theme}`);
      await page.waitForSelector("[data-quizwire-root] fieldset");
      await expectNoAxeViolations(page, `embed page (${theme})`);
    }
    await page.goto("/embed");
    await page.waitForSelector("iframe");
    await expectNoAxeViolations(page, "embed builder");
    const script = await page.locator("#code-script").inputValue();
    expect(script).toContain(`${webUrl}/widget.js`);
    await page.selectOption("#b-theme", "dark");
    await expect.poll(() => page.locator("iframe").getAttribute("src")).toContain("theme=dark");
    expect(await page.locator("#code-script").inputValue()).toContain('theme="dark"');
  });
});
