import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, waitForHttp } from "./support/ports.js";
import { type Started, startProcess } from "./support/process.js";
import { skipBrowser } from "./support/session.js";

const root = resolve(import.meta.dirname, "../..");

describe.skipIf(skipBrowser)("web app with the API down", () => {
  let web: Started | undefined;
  let base = "";

  beforeAll(async () => {
    const [port, deadApi] = [await freePort(), await freePort()];
    web = startProcess(
      process.execPath,
      [join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
      join(root, "apps/web"),
      {
        API_URL: `http://127.0.0.1:${deadApi}/graphql`,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    );
    base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/`, 60_000, web.alive);
  });
  afterAll(() => web?.stop());

  it("says the API is down instead of crashing", async () => {
    for (const path of [
      "/",
      "/articles/smoke-in-rome",
      "/entities/mike-waltz",
      "/articles/smoke-in-rome/quiz",
    ]) {
      const res = await fetch(`${base}${path}`);
      const html = await res.text();
      expect(html, path).toContain("The quiz API is down");
    }
  });
});
