import axe from "axe-core";
import type { Page } from "playwright-core";
import { expect } from "vitest";

type AxeResult = { violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] };

/** Runs axe-core's WCAG 2.1 A and AA rules on the page and expects no violation. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  await page.addScriptTag({ content: axe.source });
  const result = await page.evaluate<AxeResult>(
    () =>
      (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResult> } }).axe.run(
        document,
        {
          runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        },
      ) as Promise<AxeResult>,
  );
  const found = result.violations.map(
    (v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`,
  );
  expect(found, `axe on ${where}`).toEqual([]);
}
