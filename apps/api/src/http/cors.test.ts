import { describe, expect, it } from "vitest";
import { corsPolicy } from "./cors.js";

describe("corsPolicy", () => {
  it("allows any origin with * and does not vary by Origin", () => {
    const cors = corsPolicy(["*"]);
    expect(cors("https://a.example")).toEqual({
      headers: ["access-control-allow-origin", "*", "access-control-expose-headers", "ETag, X-Cache"],
      varyOrigin: false,
    });
    expect(cors(undefined).headers.slice(0, 2)).toEqual(["access-control-allow-origin", "*"]);
  });

  it("echoes a listed origin and varies by Origin for every request, listed or not", () => {
    const cors = corsPolicy(["https://a.example", "https://b.example"]);
    expect(cors("https://b.example")).toEqual({
      headers: [
        "access-control-allow-origin",
        "https://b.example",
        "access-control-expose-headers",
        "ETag, X-Cache",
      ],
      varyOrigin: true,
    });
    expect(cors("https://evil.example")).toEqual({ headers: [], varyOrigin: true });
    expect(cors(undefined)).toEqual({ headers: [], varyOrigin: true });
  });
});
