import { describe, expect, it } from "vitest";
import { screenshotWidths } from "./support/screenshots.js";
import { firstArticleSlug, skipBrowser, useBrowser } from "./support/session.js";

describe.skipIf(skipBrowser)("reader", () => {
  const browser = useBrowser();

  it("lists the articles with their dek and a quiz link", async () => {
    const page = await browser.newPage();
    await page.goto("/");
    await expect(page.locator("main li").first().locator(".dek").textContent()).resolves.toBeTruthy();
    expect(await page.getByRole("link", { name: /Take the quiz/ }).count()).toBeGreaterThan(0);
  });

  it("shows the article with linked mentions, people, quotes and an SVG timeline, and follows an entity", async () => {
    const page = await browser.newPage();
    const slug = await firstArticleSlug(page);
    const response = await page.goto(`/articles/${slug}`);
    expect(response?.status()).toBe(200);
    expect(await page.locator("a.mention").count()).toBeGreaterThan(5);
    await expect(page.locator("#people-h").textContent()).resolves.toBe("People");
    expect(await page.locator("#timeline-h ~ svg circle").count()).toBeGreaterThan(0);
    expect(await page.locator("figure blockquote").count()).toBeGreaterThan(0);
    await screenshotWidths(page, "reader");

    const person = page.locator("a.mention.k-PERSON").first();
    const href = await person.getAttribute("href");
    await person.click();
    await page.waitForURL((u) => u.pathname === href);
    expect(await page.locator("h1").textContent()).toBeTruthy();
    await expect(page.locator("#mentions-h").textContent()).resolves.toBe("Mentions");

    // Each mention links back to its sentence, which the reader highlights as the :target.
    const back = page.locator("section[aria-labelledby=mentions-h] a").first();
    const target = (await back.getAttribute("href"))?.split("#")[1];
    await back.click();
    await page.waitForURL((u) => u.hash === `#${target}`);
    const background = await page
      .locator(`#${target}`)
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe("rgba(0, 0, 0, 0)");
  });

  it("says when the article does not state a date instead of quoting words nobody wrote", async () => {
    const page = await browser.newPage();
    await page.goto("/articles/smoke-in-rome");
    // Trump sending Witkoff is dated only by the story's order: before the Muscat round.
    const inferred = page.getByText("Date not stated — inferred: before the Muscat round");
    expect(await inferred.count()).toBe(1);
    expect(await inferred.isVisible()).toBe(true);
    expect(await page.locator("body").textContent()).not.toMatch(/not stated \(/);
    // A date the article does state keeps its own words.
    expect(await page.getByText("“in 2018”", { exact: true }).count()).toBeGreaterThan(0);
  });

  it("answers an unknown slug or entity with a real 404 page", async () => {
    const page = await browser.newPage();
    for (const path of [
      "/articles/no-such-article",
      "/entities/no-such-entity",
      "/articles/no-such-article/quiz",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator("h1").textContent()).resolves.toBe("Not found");
    }
  });
});
