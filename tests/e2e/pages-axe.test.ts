import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./support/axe.js";
import { firstArticleSlug, skipBrowser, useBrowser } from "./support/session.js";

describe.skipIf(skipBrowser)("axe-core on every page", () => {
  const browser = useBrowser();

  it("finds no WCAG 2.1 AA violation in light or dark, wide or narrow, and nothing scrolls sideways at 320 px", async () => {
    const page = await browser.newPage();
    const slug = await firstArticleSlug(page);
    await page.goto(`/articles/${slug}`);
    const entity = await page.locator("a.mention").first().getAttribute("href");
    const paths = ["/", `/articles/${slug}`, entity ?? "/", `/articles/${slug}/quiz`, "/articles/missing"];
    for (const scheme of ["light", "dark"] as const) {
      for (const width of [1280, 320]) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height: 800 });
        for (const path of paths) {
          await page.goto(path);
          await expectNoAxeViolations(page, `${path} (${scheme}, ${width}px)`);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow, `${path} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
        }
      }
    }
  });
});
