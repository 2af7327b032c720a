import { describe, expect, it } from "vitest";
import { jsonErrorOffset, lineAndColumn } from "./json-error.js";

describe("jsonErrorOffset", () => {
  it.each([
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ['{"a": tru}', 9],
    ["[1, 2", 5],
    ["", 0],
    ['{"a": "x\ny"}', 8],
    ['{"a": 1} x', 9],
    ['{"a": 01}', 7],
  ])("finds the error in %j at %i", (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it("accepts valid JSON of every kind (offset = length)", () => {
    const text = '{"a": [1, -2.5e3, true, false, null, "\\u00e9\\n"], "b": {}}';
    expect(jsonErrorOffset(text)).toBe(text.length);
  });
});

describe("lineAndColumn", () => {
  it("counts from 1", () => {
    expect(lineAndColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});
