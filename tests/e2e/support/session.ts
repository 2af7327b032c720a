import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { launchChromium } from "./chromium.js";

/** The web app's base URL, or "" when Chromium is missing and the browser tests skip. */
export const webUrl = inject("webUrl");
export const skipBrowser = webUrl === "";

/**
 * A browser for the file's tests, opened before and closed after them. `newPage` opens a page in a
 * fresh context (options such as `javaScriptEnabled: false` apply).
 */
export function useBrowser() {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    if (!skipBrowser) browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async newPage(options: Parameters<Browser["newContext"]>[0] = {}): Promise<Page> {
      if (!browser) throw new Error("the browser did not start");
      const context = await browser.newContext({
        baseURL: webUrl,
        viewport: { width: 1280, height: 900 },
        ...options,
      });
      contexts.push(context);
      return context.newPage();
    },
  };
}

/** The slug of the first article on the home page. */
export async function firstArticleSlug(page: Page): Promise<string> {
  await page.goto("/");
  const href = await page.locator("main h2 a").first().getAttribute("href");
  const slug = href?.match(/^\/articles\/([^/]+)$/)?.[1];
  if (!slug) throw new Error(`no article link on the home page (found ${href})`);
  return slug;
}
