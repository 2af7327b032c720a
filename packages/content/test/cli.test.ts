import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { validFixture } from "./fixture.js";

const PACKAGE_DIR = join(import.meta.dirname, "..");
const CLI = join(PACKAGE_DIR, "src/cli/check.ts");
/** tsx's loader, by absolute path: the CLI runs in a temp folder where a bare "tsx" does not resolve. */
const TSX_LOADER = join(createRequire(import.meta.url).resolve("tsx/package.json"), "..", "dist/loader.mjs");

const RAW = {
  formatVersion: 1,
  slug: "short-raw",
  title: "Short raw",
  dateline: "Monday, May 18, 2015",
  publishedAt: "2015-05-18",
  publisher: "Wikinews",
  sourceUrl: "https://en.wikinews.org/wiki/Short",
  license: "CC BY 2.5",
  attribution: '"Short raw" by Wikinews contributors',
  body: "Five words are in here.\nAnd four more here.",
};

function runCheck(files: Record<string, unknown>, args: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), "quizwire-check-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
  }
  const run = spawnSync(
    process.execPath,
    ["--import", pathToFileURL(TSX_LOADER).href, CLI, "--dir", dir, ...args],
    {
      cwd: dir,
      encoding: "utf8",
    },
  );
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("content:check CLI", () => {
  it("prints counts per article and word counts per raw file, and exits 0 when all is valid", () => {
    const { code, stdout, stderr } = runCheck({
      "articles/town.json": validFixture(),
      "raw/short.json": RAW,
    });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^town-talks \(articles\/town\.json\)$/m);
    expect(stdout).toMatch(/^ {2}people +2$/m);
    expect(stdout).toMatch(/^ {2}organisations +0$/m);
    expect(stdout).toMatch(/^ {2}places +1$/m);
    expect(stdout).toMatch(/^ {2}quotes +1$/m);
    expect(stdout).toMatch(/^ {2}events +1$/m);
    expect(stdout).toMatch(/^ {2}relations +1$/m);
    expect(stdout).toMatch(/^ {2}short-raw +9 words$/m);
    expect(stdout).toMatch(/all 2 content files are valid/);
  });

  it("exits 1 listing every error of every file as file: path: message", () => {
    const broken = validFixture();
    broken.quotes[0]!.speakerId = "nobody";
    broken.events[0]!.date.iso = "2025-02-30";
    const { code, stderr } = runCheck({
      "articles/broken.json": broken,
      "articles/bad-json.json": "{ nope",
      "raw/short.json": { ...RAW, publishedAt: "2015-13-01" },
    });
    expect(code).toBe(1);
    expect(stderr.split("\n")).toEqual([
      "4 errors:",
      expect.stringMatching(/^articles\/bad-json\.json: invalid JSON at line 1, column 3: /),
      expect.stringMatching(
        /^articles\/broken\.json: quotes\[0\]\.speakerId: dangling reference: no entity has id "nobody"/,
      ),
      expect.stringMatching(
        /^articles\/broken\.json: events\[0\]\.date\.iso: "2025-02-30" is not a real date/,
      ),
      expect.stringMatching(/^raw\/short\.json: publishedAt: "2015-13-01" has no month 13/),
      "",
    ]);
  });

  it("fails when the folder holds no content, and on an unknown flag", () => {
    expect(runCheck({}).code).toBe(1);
    const unknown = runCheck({}, ["--verbose"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/usage: check \[--dir <content folder>\]/);
  });
});
