import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";

const DIR = join(import.meta.dirname, "..", "screenshots");

/** Writes full-page screenshots of the current page at 1280 and 375 px wide (gitignored). */
export async function screenshotWidths(page: Page, name: string): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  const before = page.viewportSize();
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(DIR, `${name}-${width}.png`), fullPage: true });
  }
  if (before) await page.setViewportSize(before);
}
