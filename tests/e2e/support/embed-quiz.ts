import type { Frame, Page } from "playwright-core";
import { expect } from "vitest";

const SUBMIT = "form button[type=submit]";

/** The embed frame of the page (there is one per test page). */
export async function embedFrame(page: Page): Promise<Frame> {
  await expect
    .poll(() => page.frames().some((f) => f.url().includes("/embed/quiz/")), { timeout: 30_000 })
    .toBe(true);
  return page.frames().find((f) => f.url().includes("/embed/quiz/"))!;
}

/** Waits until the iframe's height is its content's ([data-quizwire-root]) height, within 2 px. */
export async function expectFrameFits(page: Page, frame: Frame, where: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const content = await frame.evaluate(() => {
          const root = document.querySelector("[data-quizwire-root]")!;
          const style = getComputedStyle(root);
          return (
            root.getBoundingClientRect().height +
            Number.parseFloat(style.marginTop) +
            Number.parseFloat(style.marginBottom)
          );
        });
        const outer = await (await frame.frameElement()).evaluate(
          (el) => (el as Element).getBoundingClientRect().height,
        );
        return Math.abs(outer - content);
      },
      { timeout: 10_000, message: `iframe height vs content on ${where}` },
    )
    .toBeLessThanOrEqual(2);
}

async function submit(frame: Frame): Promise<void> {
  const before = frame.url();
  await frame.click(SUBMIT);
  await frame.waitForURL((u) => u.href !== before, { timeout: 30_000 });
  await frame.waitForLoadState("load");
}

/**
 * Takes the whole quiz inside the frame with clicks (first option, first matches, default order, a
 * typed word), checking the frame's size after every step; returns the score the frame shows.
 */
export async function takeEmbeddedQuiz(
  page: Page,
  frame: Frame,
  /** Check the iframe's size at every step (off when the embed page is opened on its own). */
  fits = true,
): Promise<{ score: number; total: number }> {
  await frame.waitForSelector("fieldset[data-type]");
  for (let step = 0; step < 40 && !(await frame.$("[data-score]")); step++) {
    if (fits) await expectFrameFits(page, frame, `step ${step}`);
    const type = await frame.locator("fieldset[data-type]").getAttribute("data-type");
    const fieldset = frame.locator("fieldset[data-type]");
    const disabled = await frame
      .locator("fieldset input:not([type=hidden]), fieldset select")
      .first()
      .isDisabled();
    if (!disabled) {
      if (type === "CLOZE") await fieldset.locator("input[type=text]").fill("answer");
      else if (type === "MATCHING") {
        for (const select of await fieldset.locator("select").all()) await select.selectOption({ index: 1 });
      } else if (type !== "ORDERING") await fieldset.locator("label").first().click();
    }
    await submit(frame);
  }
  if (fits) await expectFrameFits(page, frame, "results");
  const shown = frame.locator("[data-score]");
  return {
    score: Number(await shown.getAttribute("data-score")),
    total: Number(await shown.getAttribute("data-total")),
  };
}
