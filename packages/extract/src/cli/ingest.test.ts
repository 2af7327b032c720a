import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const pkg = join(import.meta.dirname, "..", "..");

function ingest(...args: string[]) {
  return spawnSync(
    process.execPath,
    ["--import", "tsx", "--conditions=source", "src/cli/ingest.ts", ...args],
    { cwd: pkg, encoding: "utf8" },
  );
}

describe("ingest CLI", () => {
  it("prints only contract-shaped JSON on stdout with --json --dry-run, progress on stderr", () => {
    const d = mkdtempSync(join(tmpdir(), "quizwire-cli-"));
    const file = join(d, "a.txt");
    writeFileSync(
      file,
      'Talks resume\n\nForeign Minister Abbas Araghchi arrived in Rome on Monday. "We are ready," Araghchi told reporters.\n',
    );
    const run = ingest(file, "--dry-run", "--json", "--published", "2025-04-22");
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.article).toEqual({ slug: "talks-resume", title: "Talks resume", publishedAt: "2025-04-22" });
    expect(out.entities).toContainEqual({
      id: "abbas-araghchi",
      kind: "PERSON",
      name: "Abbas Araghchi",
      aliases: ["Araghchi"],
      roles: [{ title: "Foreign Minister" }],
    });
    expect(out.quotes).toEqual([
      { text: "We are ready", kind: "DIRECT", speaker: { id: "abbas-araghchi", name: "Abbas Araghchi" } },
    ]);
    expect(run.stderr).toMatch(/ingest: entities/);
  }, 60_000);

  it("exits 1 with a clear message for bad input", () => {
    const d = mkdtempSync(join(tmpdir(), "quizwire-cli-"));
    const file = join(d, "empty.txt");
    writeFileSync(file, "");
    const run = ingest(file, "--dry-run");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/the file is empty/);
    expect(run.stdout).toBe("");
  }, 60_000);
});
