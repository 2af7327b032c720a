import type { Page } from "playwright-core";
import { tabTo } from "./keyboard.js";

/** How a test drives the quiz: the keyboard alone, or the mouse (works with JavaScript off). */
export type Driver = "keyboard" | "mouse";

const FIRST_INPUT = "fieldset input:not([type=hidden]), fieldset select";
const SUBMIT = "form button[type=submit]";

async function submitAndWait(page: Page, driver: Driver): Promise<void> {
  const before = page.url();
  if (driver === "keyboard") {
    await tabTo(page, SUBMIT);
    await page.keyboard.press("Enter");
  } else {
    await page.click(SUBMIT);
  }
  await page.waitForURL((u) => u.href !== before, { timeout: 30_000 });
  await page.waitForLoadState("load");
}

/** Answers the question on screen (first option, first matches, default order, a typed word). */
async function answer(page: Page, driver: Driver, type: string): Promise<void> {
  const fieldset = page.locator("fieldset[data-type]");
  if (driver === "mouse") {
    if (type === "CLOZE") await fieldset.locator("input[type=text]").fill("answer");
    else if (type === "MATCHING") {
      for (const select of await fieldset.locator("select").all()) await select.selectOption({ index: 1 });
    } else if (type !== "ORDERING") await fieldset.locator("label").first().click();
    return;
  }
  await tabTo(page, FIRST_INPUT);
  if (type === "CLOZE") await page.keyboard.type("answer");
  else if (type === "MATCHING") {
    const count = await fieldset.locator("select").count();
    for (let i = 0; i < count; i++) {
      await page.keyboard.press("ArrowDown");
      if (i + 1 < count) await page.keyboard.press("Tab");
    }
  } else if (type !== "ORDERING") await page.keyboard.press("Space");
}

/**
 * Starts a quiz from the article's quiz page with the given feedback mode and answers every
 * question until the results page; returns the question types met, in order.
 */
export async function takeQuiz(
  page: Page,
  driver: Driver,
  mode: "now" | "end",
  length: 5 | 10 | 15,
  /** Called on every question and feedback page, e.g. to run axe. */
  onStep: (page: Page, what: string) => Promise<void> = async () => {},
): Promise<string[]> {
  if (driver === "keyboard") {
    // Arrow keys move through a radio group: 5 → 10 → 15, now → end.
    if (length !== 5) {
      await tabTo(page, "input[name=length]");
      for (let i = 0; i < (length === 10 ? 1 : 2); i++) await page.keyboard.press("ArrowDown");
    }
    if (mode === "end") {
      await tabTo(page, "input[name=mode]");
      await page.keyboard.press("ArrowDown");
    }
  } else {
    await page.check(`input[name=length][value="${length}"]`);
    await page.check(`input[name=mode][value=${mode}]`);
  }
  await submitAndWait(page, driver);
  const types: string[] = [];
  for (let step = 0; step < 40 && !new URL(page.url()).pathname.endsWith("/results"); step++) {
    const type = await page.locator("fieldset[data-type]").getAttribute("data-type");
    if (!type) throw new Error(`no question on ${page.url()}`);
    const disabled = await page.locator(`${FIRST_INPUT}`).first().isDisabled();
    await onStep(page, `${type} ${disabled ? "feedback" : "question"}`);
    if (!disabled) {
      types.push(type);
      await answer(page, driver, type);
    }
    await submitAndWait(page, driver);
  }
  return types;
}
