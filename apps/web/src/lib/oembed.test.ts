import { describe, expect, it } from "vitest";
import { oembedSize, quizTarget, scriptSnippet } from "./oembed";

const SITE = "http://127.0.0.1:3000";

describe("quizTarget", () => {
  it("reads article, quiz and embed URLs of this site only", () => {
    expect(quizTarget(`${SITE}/articles/smoke-in-rome`, SITE)?.slug).toBe("smoke-in-rome");
    expect(quizTarget(`${SITE}/articles/smoke-in-rome/quiz`, SITE)?.slug).toBe("smoke-in-rome");
    expect(quizTarget(`${SITE}/embed/quiz/smoke-in-rome?theme=dark`, SITE)?.settings.theme).toBe("dark");
    expect(quizTarget("https://elsewhere.example/articles/smoke-in-rome", SITE)).toBeUndefined();
    expect(quizTarget(`${SITE}/entities/x`, SITE)).toBeUndefined();
    expect(quizTarget("not a url", SITE)).toBeUndefined();
  });
});

describe("scriptSnippet", () => {
  it("escapes attribute values and never carries a host", () => {
    const html = scriptSnippet(
      SITE,
      "a",
      { questions: 5, theme: "auto", mode: "now", host: "https://x.example" },
      'A "b"',
    );
    expect(html).toContain(`src="${SITE}/widget.js"`);
    expect(html).toContain('title="A &quot;b&quot;"');
    expect(html).not.toContain("x.example");
  });
});

describe("oembedSize", () => {
  it("honours maxwidth and maxheight and ignores nonsense", () => {
    expect(oembedSize("300", "200")).toEqual({ width: 300, height: 200 });
    expect(oembedSize("abc", "-1")).toEqual({ width: 640, height: 640 });
    expect(oembedSize(null, "9999")).toEqual({ width: 640, height: 640 });
  });
});
