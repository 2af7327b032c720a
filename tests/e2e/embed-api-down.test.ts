import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "./support/ports.js";
import type { Started } from "./support/process.js";
import { startWeb } from "./support/servers.js";
import { skipBrowser } from "./support/session.js";

// The embed frame's own notice when the API does not answer: inside the frame's root, so frame.js
// would still size it, and with no framework script.
describe.skipIf(skipBrowser)("the embed frame with the API down", () => {
  let web: Started | undefined;
  let base = "";
  beforeAll(async () => {
    const [port, deadApi] = [await freePort(), await freePort()];
    web = await startWeb(port, `http://127.0.0.1:${deadApi}/graphql`);
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(() => web?.stop());

  it("says the API is down on the first page and on a question's page", async () => {
    for (const path of [
      "/embed/quiz/smoke-in-rome?questions=5&theme=dark",
      "/embed/quiz/smoke-in-rome?questions=5&quiz=some-quiz&n=0&mode=now",
    ]) {
      const response = await fetch(`${base}${path}`, { redirect: "manual" });
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expect(html, path).toMatch(/<main class="embed" data-quizwire-root=""[^>]*><section role="alert">/);
      expect(html, path).toContain("The quiz API is down");
      expect(html, path).not.toContain("<script");
    }
  });
});
