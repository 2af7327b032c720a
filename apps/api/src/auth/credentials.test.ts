import { describe, expect, it } from "vitest";
import { presentedApiKey } from "./credentials.js";

describe("presentedApiKey", () => {
  it("reads a Bearer token, case-insensitively, before x-api-key", () => {
    expect(presentedApiKey({ authorization: "Bearer qw_abc" })).toBe("qw_abc");
    expect(presentedApiKey({ authorization: "bearer  qw_abc ", "x-api-key": "other" })).toBe("qw_abc");
  });

  it("falls back to x-api-key and ignores other schemes or blanks", () => {
    expect(presentedApiKey({ authorization: "Basic dXNlcg==", "x-api-key": " qw_x " })).toBe("qw_x");
    expect(presentedApiKey({ "x-api-key": "  " })).toBeNull();
    expect(presentedApiKey({})).toBeNull();
  });
});
