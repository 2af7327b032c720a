import type { Browser, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, launchChromium } from "./browser.js";
import { embedFixture } from "./embed-fixture.js";
import { bundle, type Served, serve } from "./servers.js";

const hasBrowser = chromiumAvailable();

describe.skipIf(!hasBrowser)("widget.js in a host page on another origin", () => {
  let app: Served;
  let host: Served;
  let browser: Browser;

  beforeAll(async () => {
    const [widget, frame] = await Promise.all([bundle("src/loader.ts"), bundle("src/frame-entry.ts")]);
    app = await serve((path, url) => {
      if (path === "/widget.js") return ["text/javascript", widget];
      if (path === "/frame.js") return ["text/javascript", frame];
      const m = /^\/embed\/quiz\/([a-z0-9-]+)$/.exec(path);
      return m ? ["text/html", embedFixture(m[1]!, url.searchParams.get("mode"))] : undefined;
    });
    host = await serve((path) => {
      const snippet = `<script async src="${app.origin}/widget.js"></script>`;
      if (path === "/twice")
        return [
          "text/html",
          `<!doctype html><body>${snippet}${snippet}
<quizwire-quiz id="a" article="smoke-in-rome" questions="5" difficulty="medium" theme="dark" accent="#0a7" xapi></quizwire-quiz>
<div id="b" data-quizwire-article="smoke-in-rome" data-quizwire-questions="3"></div>
<script>window.events=[];for(const t of ["ready","answer","complete","xapi"])document.addEventListener("quizwire:"+t,e=>events.push({type:e.type,target:e.target.id,detail:e.detail}));</script></body>`,
        ];
      if (path === "/runaway")
        return [
          "text/html",
          `<!doctype html><body><quizwire-quiz article="tall" mode="runaway"></quizwire-quiz>${snippet}</body>`,
        ];
      return undefined;
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await host?.close();
  });

  const frameOf = async (page: Page, selector: string): Promise<Frame> => {
    const handle = await page.waitForSelector(`${selector} iframe`);
    const frame = await handle.contentFrame();
    if (!frame) throw new Error("no frame");
    await frame.waitForSelector("[data-quizwire-root]");
    return frame;
  };

  /** The iframe's height and its content's height, once the loader has caught up. */
  const heights = async (page: Page, frame: Frame, selector: string) => {
    let last = { frame: 0, content: -100 };
    for (let i = 0; i < 50 && Math.abs(last.frame - last.content) > 2; i++) {
      await page.waitForTimeout(50);
      const frameHeight = await page.$eval(`${selector} iframe`, (f) => f.getBoundingClientRect().height);
      const content = await frame.$eval("[data-quizwire-root]", (r) => r.getBoundingClientRect().height);
      last = { frame: frameHeight, content };
    }
    return last;
  };

  it("upgrades each element once, even when loaded twice, with the options in the frame URL", async () => {
    const page = await browser.newPage();
    await page.goto(`${host.origin}/twice`);
    await frameOf(page, "#a");
    await frameOf(page, "#b");
    expect(await page.$$eval("iframe", (fs) => fs.length)).toBe(2);
    const src = new URL(await page.$eval("#a iframe", (f) => (f as HTMLIFrameElement).src));
    expect(src.origin).toBe(app.origin);
    expect(src.pathname).toBe("/embed/quiz/smoke-in-rome");
    expect(Object.fromEntries(src.searchParams)).toMatchObject({
      questions: "5",
      difficulty: "medium",
      theme: "dark",
      accent: "#0a7",
      host: host.origin,
    });
    expect(
      new URL(await page.$eval("#b iframe", (f) => (f as HTMLIFrameElement).src)).searchParams.get(
        "questions",
      ),
    ).toBe("3");
    await page.close();
  });

  it("sizes the frame to its content after every step, and relays ready, answer, complete and xAPI", async () => {
    const page = await browser.newPage();
    await page.goto(`${host.origin}/twice`);
    const frame = await frameOf(page, "#a");
    let h = await heights(page, frame, "#a");
    expect(Math.abs(h.frame - h.content)).toBeLessThanOrEqual(2);
    await frame.click("#grow");
    const grown = await heights(page, frame, "#a");
    expect(grown.content).toBeGreaterThan(h.content + 250);
    expect(Math.abs(grown.frame - grown.content)).toBeLessThanOrEqual(2);
    await frame.click("#answer");
    await frame.click("#done");
    await page.waitForFunction(() =>
      (window as never as { events: { type: string }[] }).events.some((e) => e.type === "quizwire:complete"),
    );
    const events = await page.evaluate(
      () => (window as never as { events: { type: string; target: string; detail: never }[] }).events,
    );
    const fromA = events.filter((e) => e.target === "a");
    expect(fromA.find((e) => e.type === "quizwire:ready")?.detail).toEqual({
      quizId: "quiz-1",
      questionCount: 5,
    });
    expect(fromA.find((e) => e.type === "quizwire:answer")?.detail).toEqual({
      quizId: "quiz-1",
      questionId: "q1",
      correct: true,
    });
    expect(fromA.find((e) => e.type === "quizwire:complete")?.detail).toEqual({
      quizId: "quiz-1",
      score: 4,
      total: 5,
    });
    const xapi = fromA
      .filter((e) => e.type === "quizwire:xapi")
      .map((e) => e.detail as { verb: { display: { "en-US": string } }; result: unknown });
    expect(xapi.map((s) => s.verb.display["en-US"])).toEqual(["answered", "completed"]);
    expect(xapi[0]!.result).toEqual({ success: true, response: "Trump" });
    h = await heights(page, frame, "#a");
    expect(Math.abs(h.frame - h.content)).toBeLessThanOrEqual(2);
    await page.close();
  });

  it("ignores messages that do not come from its own frames", async () => {
    const page = await browser.newPage();
    await page.goto(`${host.origin}/twice`);
    await frameOf(page, "#a");
    const before = await page.$eval("#a iframe", (f) => f.getBoundingClientRect().height);
    await page.evaluate(() => {
      window.postMessage({ quizwire: 1, type: "resize", height: 3000 }, "*");
      window.postMessage({ quizwire: 1, type: "complete", quizId: "forged", score: 5, total: 5 }, "*");
    });
    await page.waitForTimeout(200);
    expect(await page.$eval("#a iframe", (f) => f.getBoundingClientRect().height)).toBe(before);
    const forged = await page.evaluate(() =>
      (window as never as { events: { detail: { quizId?: string } }[] }).events.filter(
        (e) => e.detail?.quizId === "forged",
      ),
    );
    expect(forged).toEqual([]);
    await page.close();
  });

  it("stops a runaway frame whose content grows with the frame", async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    await page.goto(`${host.origin}/runaway`);
    await frameOf(page, "quizwire-quiz");
    await page.waitForTimeout(1500);
    const a = await page.$eval("quizwire-quiz iframe", (f) => f.getBoundingClientRect().height);
    await page.waitForTimeout(500);
    const b = await page.$eval("quizwire-quiz iframe", (f) => f.getBoundingClientRect().height);
    expect(b).toBe(a);
    expect(b).toBeLessThan(8000);
    await page.close();
  });
});
