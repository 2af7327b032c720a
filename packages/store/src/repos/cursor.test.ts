import { describe, expect, it } from "vitest";
import { StoreInputError } from "../errors.js";
import { decodeCursor, encodeCursor } from "./cursor.js";

describe("decodeCursor", () => {
  it("reads back what encodeCursor wrote", () => {
    const cursor = encodeCursor("quotes", ["2025-04-20", "rome", 3]);
    expect(decodeCursor("quotes", cursor, ["string", "string", "number"])).toEqual(["2025-04-20", "rome", 3]);
  });
  it("refuses cursors of another list, of another shape, or not base64 JSON", () => {
    const cursor = encodeCursor("events", ["x"]);
    expect(() => decodeCursor("articles", cursor, ["string"])).toThrow(StoreInputError);
    expect(() => decodeCursor("events", cursor, ["number"])).toThrow(StoreInputError);
    expect(() => decodeCursor("events", cursor, ["string", "string"])).toThrow(StoreInputError);
    expect(() => decodeCursor("events", "!!!", ["string"])).toThrow(/leave 'after' out/);
  });
});
