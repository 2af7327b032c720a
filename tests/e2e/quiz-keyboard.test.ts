import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe.js";
import { takeQuiz } from "./support/quiz.js";
import { screenshotWidths } from "./support/screenshots.js";
import { firstArticleSlug, skipBrowser, useBrowser } from "./support/session.js";

describe.skipIf(skipBrowser)("quiz by keyboard alone", () => {
  const browser = useBrowser();

  it("takes a 15-question quiz with immediate feedback, axe on every step, and reaches the score", async () => {
    const page = await browser.newPage();
    const slug = await firstArticleSlug(page);
    await page.goto(`/articles/${slug}/quiz`);
    await expectNoAxeViolations(page, "quiz options");
    const types = await takeQuiz(page, "keyboard", "now", 15, (p, what) => expectNoAxeViolations(p, what));
    expect(types).toHaveLength(15);
    // A random seed nearly always draws all six types in 15 questions; five at the least.
    console.log(`keyboard quiz types: ${types.join(", ")}`);
    expect(new Set(types).size).toBeGreaterThanOrEqual(5);
    await expect(page.locator("h1").textContent()).resolves.toBe("Your results");
    await expect(page.locator(".dek").textContent()).resolves.toMatch(/You scored \d+(\.\d+)? out of \d+/);
    expect(await page.locator(".results > li").count()).toBe(types.length);
    await expectNoAxeViolations(page, "results after immediate feedback");
  });

  it("shows the first question with a progress bar, accessible in light and dark", async () => {
    const page = await browser.newPage();
    const slug = await firstArticleSlug(page);
    await page.goto(`/articles/${slug}/quiz`);
    await page.keyboard.press("Tab");
    await page.locator("form button[type=submit]").focus();
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => u.searchParams.has("quiz"));
    await page.locator("fieldset[data-type]").waitFor();
    expect(await page.locator("progress").getAttribute("max")).toBeTruthy();
    await expectNoAxeViolations(page, "question (light)");
    await page.emulateMedia({ colorScheme: "dark" });
    await expectNoAxeViolations(page, "question (dark)");
    await page.emulateMedia({ colorScheme: "light" });
    await screenshotWidths(page, "quiz");
  });
});
