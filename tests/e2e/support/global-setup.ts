import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { CHROMIUM, chromiumMissing } from "./chromium.js";
import { freePort, waitForHttp } from "./ports.js";
import { type Started, startProcess } from "./process.js";

declare module "vitest" {
  export interface ProvidedContext {
    webUrl: string;
    apiUrl: string;
  }
}

const root = resolve(import.meta.dirname, "../../..");

/**
 * Starts the built API (PGlite in a temp folder) and the built web app on free ports of
 * 127.0.0.1, and stops both after the run.
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
  // E2E_API_URL points the tests at an API already running (while developing); else the built one starts.
  const external = process.env.E2E_API_URL;
  const apiMain = join(root, "apps/api/dist/main.js");
  const webBuild = join(root, "apps/web/.next/BUILD_ID");
  const needed = [[webBuild, "@quizwire/web"], ...(external ? [] : [[apiMain, "@quizwire/api"]])];
  for (const [file, pkg] of needed) {
    if (!existsSync(file!)) throw new Error(`${file} is missing: run \`npm run build -w ${pkg}\` first.`);
  }
  const data = mkdtempSync(join(tmpdir(), "quizwire-e2e-"));
  const [apiPort, webPort] = [await freePort(), await freePort()];
  const apiUrl = external ?? `http://127.0.0.1:${apiPort}/graphql`;
  const started: Started[] = [];
  const teardown = async () => {
    await Promise.all(started.map((s) => s.stop()));
    rmSync(data, { recursive: true, force: true });
  };
  try {
    if (!external) await startApi();
    async function startApi() {
      const api = startProcess(process.execPath, [apiMain], root, {
        PORT: String(apiPort),
        HOST: "127.0.0.1",
        PGLITE_DIR: join(data, "pglite"),
        LOG_LEVEL: "warn",
      });
      started.push(api);
      await waitForHttp(`http://127.0.0.1:${apiPort}/healthz`, 120_000, api.alive).catch((e) => {
        throw new Error(`${e.message}\nAPI output:\n${api.output()}`);
      });
    }
    const nextBin = join(root, "node_modules/next/dist/bin/next");
    const web = startProcess(
      process.execPath,
      [nextBin, "start", "-p", String(webPort), "-H", "127.0.0.1"],
      join(root, "apps/web"),
      {
        API_URL: apiUrl,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    );
    started.push(web);
    await waitForHttp(`http://127.0.0.1:${webPort}/`, 60_000, web.alive).catch((e) => {
      throw new Error(`${e.message}\nweb output:\n${web.output()}`);
    });
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide("webUrl", `http://127.0.0.1:${webPort}`);
  project.provide("apiUrl", apiUrl);
  return teardown;
}
