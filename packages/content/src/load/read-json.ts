import { readFileSync } from "node:fs";
import type { ContentError } from "../validate/error.js";
import { jsonErrorOffset, lineAndColumn } from "./json-error.js";

/** Reads and parses a JSON file; a missing file or bad JSON becomes a content error naming the place. */
export function readJsonFile(
  file: string,
): { ok: true; value: unknown } | { ok: false; errors: ContentError[] } {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    return {
      ok: false,
      errors: [{ file, path: "", message: `cannot read the file: ${(error as Error).message}` }],
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const { line, column } = lineAndColumn(text, jsonErrorOffset(text));
    const reason = (error as Error).message
      .replace(/, ".*" is not valid JSON$/s, "")
      .replace(/ in JSON at position \d+.*$/s, "");
    return {
      ok: false,
      errors: [
        {
          file,
          path: "",
          message: `invalid JSON at line ${line}, column ${column}: ${reason}; fix the syntax there`,
        },
      ],
    };
  }
}
