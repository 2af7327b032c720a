import type { Page } from "playwright-core";

/**
 * Presses Tab until the focused element matches `selector` (checked in the page), as a keyboard
 * user would; fails after `max` presses so a focus trap or unreachable control is reported.
 */
export async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const hit = await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
    if (hit) return;
  }
  throw new Error(`could not reach ${selector} with Tab in ${max} presses on ${page.url()}`);
}
