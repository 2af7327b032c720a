import { describe, expect, it } from "vitest";
import { parseIngestArgs } from "./args.js";

describe("parseIngestArgs", () => {
  it("reads the file and every option", () => {
    expect(
      parseIngestArgs([
        "a.txt",
        "--title",
        "T",
        "--byline",
        "B",
        "--published",
        "2024-01-02",
        "--dry-run",
        "--json",
      ]),
    ).toEqual({
      file: "a.txt",
      title: "T",
      byline: "B",
      publishedAt: "2024-01-02",
      dryRun: true,
      json: true,
    });
  });

  it("refuses unknown options, missing values, two files and bad dates", () => {
    expect(() => parseIngestArgs(["a.txt", "--force"])).toThrow(/unknown option --force/);
    expect(() => parseIngestArgs(["a.txt", "--title"])).toThrow(/--title needs a value/);
    expect(() => parseIngestArgs(["a.txt", "b.txt"])).toThrow(/one file at a time/);
    expect(() => parseIngestArgs([])).toThrow(/no file given/);
    expect(() => parseIngestArgs(["a.txt", "--published", "May 1"])).toThrow(/YYYY-MM-DD/);
  });
});
