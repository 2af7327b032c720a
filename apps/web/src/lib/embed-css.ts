import { createHash } from "node:crypto";

/**
 * The embed frame's own stylesheet: the rules of globals.css its markup uses (the site's colours,
 * forms and results) and the frame's themes, without the reader's, charts' and site chrome's rules.
 * Served by /embed/frame.css under a versioned URL, so a publisher's readers fetch it once.
 */
export const EMBED_CSS = `:root {
  color-scheme: light dark;
  --bg: #ffffff;
  --fg: #1a1a1a;
  --muted: #4d4d4d;
  --line: #c8c8c8;
  --panel: #f4f4f2;
  --accent: #0b57a4;
  --accent-fg: #ffffff;
  --ok: #1b6e2d;
  --bad: #a3201b;
  --focus: #b3470b;
  line-height: 1.55;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #121314;
    --fg: #ececec;
    --muted: #b9b9b9;
    --line: #555;
    --panel: #1e2022;
    --accent: #8cc4ff;
    --accent-fg: #0b1a2a;
    --ok: #7fd98f;
    --bad: #ff9a93;
    --focus: #ffb37a;
  }
}
* {
  box-sizing: border-box;
}
body {
  margin: 0;
  background: var(--bg);
  color: var(--fg);
}
a {
  color: var(--accent);
}
:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
}
h1 {
  line-height: 1.2;
}
.meta {
  color: var(--muted);
  font-size: 0.95rem;
}
.button,
button {
  display: inline-block;
  font: inherit;
  padding: 0.6rem 1.1rem;
  border-radius: 6px;
  border: 2px solid var(--accent);
  background: var(--accent);
  color: var(--accent-fg);
  text-decoration: none;
  cursor: pointer;
  min-height: 44px;
}
.button.secondary {
  background: transparent;
  color: var(--accent);
}
blockquote {
  margin: 0 0 0.75rem;
  padding-left: 0.75rem;
  border-left: 4px solid var(--line);
}
fieldset {
  border: 1px solid var(--line);
  border-radius: 8px;
  padding: 1rem;
  margin: 0 0 1rem;
  min-width: 0;
}
legend {
  font-weight: 700;
  font-size: 1.15rem;
  padding: 0 0.25rem;
}
.options {
  list-style: none;
  padding: 0;
  margin: 0;
  display: grid;
  gap: 0.5rem;
}
.options label {
  display: flex;
  gap: 0.6rem;
  align-items: center;
  padding: 0.5rem 0.6rem;
  border: 1px solid var(--line);
  border-radius: 6px;
  min-height: 44px;
  cursor: pointer;
}
.options input {
  width: 1.2rem;
  height: 1.2rem;
  flex: none;
}
.row {
  display: flex;
  flex-wrap: wrap;
  gap: 0.5rem;
  align-items: center;
  justify-content: space-between;
  padding: 0.4rem 0;
  border-bottom: 1px solid var(--line);
}
select,
input[type="text"] {
  font: inherit;
  padding: 0.45rem;
  min-height: 44px;
  border: 1px solid var(--muted);
  border-radius: 6px;
  background: var(--bg);
  color: var(--fg);
  max-width: 100%;
}
progress {
  width: 100%;
  height: 0.9rem;
  accent-color: var(--accent);
}
.error,
.ok,
.bad {
  font-weight: 700;
}
.error,
.bad {
  color: var(--bad);
}
.ok {
  color: var(--ok);
}
.results {
  list-style: none;
  padding: 0;
}
.results > li {
  border: 1px solid var(--line);
  border-radius: 8px;
  padding: 0.75rem 1rem;
  margin-bottom: 1rem;
}
/* No page chrome, the publisher's system font stack, a theme chosen by the embed. */
main.embed {
  padding: 0.75rem 1rem 1rem;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  background: var(--bg);
  color: var(--fg);
  display: flow-root;
}
main.embed[data-theme="light"] {
  color-scheme: light;
  --bg: #ffffff;
  --fg: #1a1a1a;
  --muted: #4d4d4d;
  --line: #c8c8c8;
  --panel: #f4f4f2;
  --ok: #1b6e2d;
  --bad: #a3201b;
  --focus: #b3470b;
}
main.embed[data-theme="dark"] {
  color-scheme: dark;
  --bg: #121314;
  --fg: #ececec;
  --muted: #b9b9b9;
  --line: #555;
  --panel: #1e2022;
  --ok: #7fd98f;
  --bad: #ff9a93;
  --focus: #ffb37a;
}
main.embed[data-theme="light"]:not([style*="--accent"]) {
  --accent: #0b57a4;
  --accent-fg: #ffffff;
}
main.embed[data-theme="dark"]:not([style*="--accent"]) {
  --accent: #8cc4ff;
  --accent-fg: #0b1a2a;
}
main.embed h1 {
  font-size: 1.25rem;
  margin: 0 0 0.5rem;
}
.embed-title {
  color: var(--muted);
}
`;

/** A short hash of the stylesheet, the `v` of its URL: a new stylesheet gets a new URL. */
export const EMBED_CSS_VERSION = createHash("sha256").update(EMBED_CSS).digest("hex").slice(0, 12);

/** Where the frame's pages link the stylesheet. */
export const EMBED_CSS_HREF = `/embed/frame.css?v=${EMBED_CSS_VERSION}`;
