import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EMBED_CSS } from "./embed-css";

/** Top-level blocks of a stylesheet as `prelude → body` (at-rules with nested blocks kept whole). */
function blocks(css: string): Map<string, string> {
  const out = new Map<string, string>();
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  let depth = 0;
  let start = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "{") {
      if (depth === 0) open = i;
      depth++;
    } else if (text[i] === "}") {
      depth--;
      if (depth === 0) {
        const prelude = text.slice(start, open).trim().replace(/\s+/g, " ");
        out.set(
          prelude,
          text
            .slice(open + 1, i)
            .replace(/\s+/g, " ")
            .trim(),
        );
        start = i + 1;
      }
    }
  }
  return out;
}

const site = blocks(readFileSync(new URL("../app/globals.css", import.meta.url), "utf8"));

/** `property → value` of a block body without nested blocks. */
const declarations = (body: string) =>
  new Map(
    body
      .split(";")
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.slice(0, d.indexOf(":")).trim(), d.slice(d.indexOf(":") + 1).trim()] as const),
  );

/** Every declaration of `frame` that `site` also has for the same selector, with both values. */
function compared(frame: Map<string, string>, site: Map<string, string>, path = "") {
  const pairs: { at: string; frame: string; site: string }[] = [];
  for (const [prelude, body] of frame) {
    const other = site.get(prelude);
    if (other === undefined) continue;
    if (body.includes("{")) {
      pairs.push(...compared(blocks(body), blocks(other), `${path}${prelude} `));
      continue;
    }
    const theirs = declarations(other);
    for (const [property, value] of declarations(body))
      if (theirs.has(property))
        pairs.push({ at: `${path}${prelude} ${property}`, frame: value, site: theirs.get(property)! });
  }
  return pairs;
}

describe("the embed frame's stylesheet", () => {
  // scripts/embed-css.mjs takes the site's rules for what the frame shares with the quiz pages
  // (colours, forms, question steps, results) from globals.css; the frame's own rules come after and
  // must not restyle those selectors with other values.
  it("gives every property the site's value wherever both style the same selector", () => {
    const pairs = compared(blocks(EMBED_CSS), site);
    expect(pairs.length).toBeGreaterThan(50);
    expect(pairs.filter((p) => p.frame !== p.site)).toEqual([]);
  });
});
