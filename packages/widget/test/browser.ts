import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

/** True when Debian's Chromium is installed; warns loudly otherwise, and throws under CI. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `${CHROMIUM} is missing: browser tests are SKIPPED. Install it with 'apt-get install -y chromium'.`;
  if (process.env.CI === "true") throw new Error(`${message} (CI=true: a missing browser is a failure)`);
  console.warn(`\n!!! ${message}\n`);
  return false;
}

/** Playwright gives every launch a fresh temporary profile (the user-data-dir). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
