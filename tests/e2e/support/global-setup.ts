import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { CHROMIUM, chromiumMissing } from "./chromium.js";
import { freePort } from "./ports.js";
import type { Started } from "./process.js";
import { root, startApi, startWeb } from "./servers.js";

declare module "vitest" {
  export interface ProvidedContext {
    webUrl: string;
    apiUrl: string;
  }
}

/**
 * Starts the built API (PGlite in a temp folder) and the built web app on free ports of
 * 127.0.0.1, and stops both after the run. E2E_API_URL points the tests at an API already running
 * (while developing) instead of starting one.
 */
export default async function setup(project: TestProject) {
  if (chromiumMissing()) {
    const message = `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser tests`;
    if (process.env.CI === "true") throw new Error(message);
    console.warn(`\n!!!!!!!! ${message}; SKIPPING them.\n`);
    project.provide("webUrl", "");
    project.provide("apiUrl", "");
    return;
  }
  const external = process.env.E2E_API_URL;
  const needed = [
    ["apps/web/.next/BUILD_ID", "@quizwire/web"],
    ...(external ? [] : [["apps/api/dist/main.js", "@quizwire/api"]]),
  ];
  for (const [file, pkg] of needed) {
    if (!existsSync(join(root, file!)))
      throw new Error(`${file} is missing: run \`npm run build -w ${pkg}\` first.`);
  }
  const data = mkdtempSync(join(tmpdir(), "quizwire-e2e-"));
  const started: Started[] = [];
  const teardown = async () => {
    await Promise.all(started.map((s) => s.stop()));
    rmSync(data, { recursive: true, force: true });
  };
  try {
    let apiUrl = external;
    if (!apiUrl) {
      const apiPort = await freePort();
      started.push(await startApi(apiPort, join(data, "pglite")));
      apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
    }
    const webPort = await freePort();
    started.push(await startWeb(webPort, apiUrl));
    project.provide("webUrl", `http://127.0.0.1:${webPort}`);
    project.provide("apiUrl", apiUrl);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
