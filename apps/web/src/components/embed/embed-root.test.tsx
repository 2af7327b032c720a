import { describe, expect, it } from "vitest";
import { textOn } from "./embed-root";

describe("textOn", () => {
  it("puts black on light or bright accents and white on dark ones", () => {
    expect(textOn("#f80")).toBe("#000000");
    expect(textOn("#ffffff")).toBe("#000000");
    expect(textOn("#0b57a4")).toBe("#ffffff");
    expect(textOn("#000")).toBe("#ffffff");
  });
});
