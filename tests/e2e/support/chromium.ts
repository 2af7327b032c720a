import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium, installed by .ci/run (apt-get install chromium). */
export const CHROMIUM = "/usr/bin/chromium";

/** True when the browser is not installed: tests skip (and fail under CI=true, in global setup). */
export const chromiumMissing = () => !existsSync(CHROMIUM);

// Without the background-networking flags Chromium keeps dialling out on this closed network.
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches a headless Chromium; Playwright gives it a fresh temporary --user-data-dir of its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}
