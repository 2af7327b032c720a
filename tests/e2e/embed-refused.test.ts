import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type HostServer, hostPage, startHostServer } from "./support/host-server.js";
import { freePort } from "./support/ports.js";
import type { Started } from "./support/process.js";
import { startWeb } from "./support/servers.js";
import { skipBrowser, useBrowser } from "./support/session.js";

// A second web server whose EMBED_ALLOWED_ORIGINS leaves the host page's origin out.
describe.skipIf(skipBrowser)("an origin outside EMBED_ALLOWED_ORIGINS", () => {
  const browser = useBrowser();
  let host: HostServer;
  let web: Started | undefined;
  let strictUrl = "";
  beforeAll(async () => {
    host = await startHostServer();
    const port = await freePort();
    web = await startWeb(port, inject("apiUrl"), { EMBED_ALLOWED_ORIGINS: "https://news.example" });
    strictUrl = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await web?.stop();
    await host?.close();
  });

  it("is refused: the frame-ancestors header lists only the allowed origins and Chromium does not load the frame", async () => {
    const src = `${strictUrl}/embed/quiz/smoke-in-rome?questions=5&host=${encodeURIComponent(host.origin)}`;
    const head = await fetch(src, { redirect: "manual" });
    expect(head.headers.get("content-security-policy")).toBe("frame-ancestors 'self' https://news.example");
    host.pages.set(
      "/refused",
      hostPage(
        `<iframe data-plain src="${src}" title="Quiz" style="border:0;width:100%"></iframe>`,
        strictUrl,
      ),
    );
    const page = await browser.newPage();
    const blocked = page
      .waitForEvent("console", { predicate: (m) => /frame-ancestors/.test(m.text()), timeout: 30_000 })
      .catch(() => undefined);
    await page.goto(`${host.origin}/refused`);
    await blocked;
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame).toBeDefined();
    const roots = await frame!
      .evaluate(() => document.querySelectorAll("[data-quizwire-root]").length)
      .catch(() => 0);
    expect(roots).toBe(0);
    expect(await page.evaluate(() => (window as never as { messages: unknown[] }).messages.length)).toBe(0);
  });
});
