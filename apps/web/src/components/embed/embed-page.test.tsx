import { describe, expect, it } from "vitest";
import { EMBED_CSS_HREF } from "../../lib/embed-css";
import { readEmbedSettings } from "../../lib/embed-settings";
import { embedPage } from "./embed-page";

describe("embedPage", () => {
  it("wraps the body in a whole document with the frame's stylesheet, noindex and no script", async () => {
    const settings = readEmbedSettings({ theme: "light", accent: "#f80" });
    const response = await embedPage(settings, <p>Hello</p>, { status: 404, title: "Not <found>" });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toContain("no-store");
    const html = await response.text();
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"\/>/);
    expect(html).toContain("<title>Not &lt;found&gt; · Quizwire</title>");
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).toContain(`<link rel="stylesheet" href="${EMBED_CSS_HREF}"/>`);
    expect(html).toContain(
      '<body><main class="embed" data-quizwire-root="" data-theme="light" style="--accent:#f80;--accent-fg:#000000"><p>Hello</p></main></body>',
    );
    expect(html).not.toContain("<script");
  });
});
