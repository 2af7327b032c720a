import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe.js";
import { takeQuiz } from "./support/quiz.js";
import { screenshotWidths } from "./support/screenshots.js";
import { firstArticleSlug, skipBrowser, useBrowser } from "./support/session.js";

describe.skipIf(skipBrowser)("quiz without JavaScript", () => {
  const browser = useBrowser();

  it("takes a whole quiz as plain HTML forms; results and stats count the one attempt", async () => {
    const noJs = await browser.newPage({ javaScriptEnabled: false });
    const slug = await firstArticleSlug(noJs);
    await noJs.goto(`/articles/${slug}/quiz`);
    const types = await takeQuiz(noJs, "mouse", "end", 10);
    expect(types).toHaveLength(10);
    const resultsUrl = noJs.url();
    await expect(noJs.locator(".dek").textContent()).resolves.toMatch(/You scored/);
    const evidence = noJs.locator(".results blockquote a").first();
    expect(await evidence.getAttribute("href")).toMatch(new RegExp(`^/articles/${slug}#s-\\d+$`));

    // Reloading the results re-sends the same idempotency key: still one attempt.
    await noJs.reload();
    const quizId = new URL(resultsUrl).pathname.split("/")[2];
    const page = await browser.newPage();
    await page.goto(resultsUrl);
    await expectNoAxeViolations(page, "results");
    await screenshotWidths(page, "results");
    await page.goto(`/quizzes/${quizId}/stats`);
    await expect(page.locator("main p strong").first().textContent()).resolves.toBe("1");
    expect(await page.locator(".chart svg").count()).toBeGreaterThanOrEqual(1);
    await expectNoAxeViolations(page, "stats");
    await screenshotWidths(page, "stats");
  });
});
