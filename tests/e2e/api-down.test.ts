import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "./support/ports.js";
import type { Started } from "./support/process.js";
import { startWeb } from "./support/servers.js";
import { skipBrowser } from "./support/session.js";

describe.skipIf(skipBrowser)("web app with the API down", () => {
  let web: Started | undefined;
  let base = "";

  beforeAll(async () => {
    const [port, deadApi] = [await freePort(), await freePort()];
    web = await startWeb(port, `http://127.0.0.1:${deadApi}/graphql`);
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(() => web?.stop());

  it("says the API is down instead of crashing", async () => {
    for (const path of [
      "/",
      "/articles/smoke-in-rome",
      "/entities/mike-waltz",
      "/articles/smoke-in-rome/quiz",
      "/articles/smoke-in-rome/quiz?quiz=some-quiz&n=0",
      "/quizzes/some-quiz/stats",
      "/api-down",
    ]) {
      const res = await fetch(`${base}${path}`);
      const html = await res.text();
      expect(html, path).toContain("The quiz API is down");
    }
  });
});
