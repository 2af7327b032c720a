import { describe, expect, it } from "vitest";
import { normaliseBody } from "./normalise.js";

describe("normaliseBody", () => {
  it("joins paragraphs with one newline and trims them", () => {
    expect(normaliseBody("  First.\r\n\r\n\r\n Second \u00a0 para.  \n")).toBe("First.\nSecond para.");
  });
});
