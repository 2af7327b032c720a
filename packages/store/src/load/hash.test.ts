import { describe, expect, it } from "vitest";
import { canonicalJson, sha256Hex } from "./hash.js";

describe("canonicalJson", () => {
  it("does not depend on key order, at any depth", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 0 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [2, { x: 0, y: 1 }] }, b: 1 }),
    );
  });
  it("keeps array order, which carries meaning", () => {
    expect(sha256Hex(canonicalJson([1, 2]))).not.toBe(sha256Hex(canonicalJson([2, 1])));
  });
});
