import { join, resolve } from "node:path";
import { waitForHttp } from "./ports.js";
import { type Started, startProcess } from "./process.js";

/** The repository root. */
export const root = resolve(import.meta.dirname, "../../..");

/** Starts the built API on 127.0.0.1:`port` with its PGlite database in `pgliteDir`; resolves when healthy. */
export async function startApi(port: number, pgliteDir: string): Promise<Started> {
  const api = startProcess(process.execPath, [join(root, "apps/api/dist/main.js")], root, {
    PORT: String(port),
    HOST: "127.0.0.1",
    PGLITE_DIR: pgliteDir,
    LOG_LEVEL: "warn",
  });
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, 120_000, api.alive).catch(async (e) => {
    await api.stop();
    throw new Error(`${e.message}\nAPI output:\n${api.output()}`);
  });
  return api;
}

/** Starts the built web app (`next start`) on 127.0.0.1:`port` talking to `apiUrl`; resolves when it answers. */
export async function startWeb(
  port: number,
  apiUrl: string,
  env: Record<string, string> = {},
): Promise<Started> {
  const next = join(root, "node_modules/next/dist/bin/next");
  const web = startProcess(
    process.execPath,
    [next, "start", "-p", String(port), "-H", "127.0.0.1"],
    join(root, "apps/web"),
    { API_URL: apiUrl, NEXT_TELEMETRY_DISABLED: "1", ...env },
  );
  await waitForHttp(`http://127.0.0.1:${port}/`, 60_000, web.alive).catch(async (e) => {
    await web.stop();
    throw new Error(`${e.message}\nweb output:\n${web.output()}`);
  });
  return web;
}
