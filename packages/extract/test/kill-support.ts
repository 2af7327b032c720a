import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const pkg = join(import.meta.dirname, "..");
const rawDir = join(pkg, "..", "content", "data", "raw");

/** A corpus article (packages/content/data/raw) laid out as `ingest` reads a file. */
export function corpusText(slug: string): string {
  const raw = JSON.parse(readFileSync(join(rawDir, `${slug}.json`), "utf8")) as {
    title: string;
    dateline: string;
    body: string;
  };
  return `${raw.title}\n\n${raw.dateline}\n\n${raw.body.split("\n").join("\n\n")}\n`;
}

/** Runs the ingest CLI with `args` (FILE and options) to completion; rejects with its stderr when it fails. */
export function ingestToEnd(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawnIngest(args, env);
  let err = "";
  child.stderr?.on("data", (d: Buffer) => {
    err += d;
  });
  return new Promise((resolve, reject) =>
    child.on("exit", (code) =>
      code === 0 ? resolve(err) : reject(new Error(`ingest exited ${code}:\n${err}`)),
    ),
  );
}

/**
 * Runs the ingest CLI with QUIZWIRE_TEST_PAUSE_IN_LOAD=`step`, waits until it says it paused inside
 * the load transaction, then SIGKILLs it; resolves with its stderr once it is dead.
 */
export function ingestKilledAt(args: string[], env: NodeJS.ProcessEnv, step: string): Promise<string> {
  const child = spawnIngest(args, { ...env, QUIZWIRE_TEST_PAUSE_IN_LOAD: step });
  let err = "";
  return new Promise((resolve, reject) => {
    child.stderr?.on("data", (d: Buffer) => {
      err += d;
      if (err.includes("paused inside the load transaction")) child.kill("SIGKILL");
    });
    child.on("exit", (code, signal) =>
      signal === "SIGKILL"
        ? resolve(err)
        : reject(new Error(`ingest ended (${code}) before pausing:\n${err}`)),
    );
  });
}

function spawnIngest(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "--conditions=source", "src/cli/ingest.ts", ...args], {
    cwd: pkg,
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
}
