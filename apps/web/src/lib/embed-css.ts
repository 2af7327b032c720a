import { createHash } from "node:crypto";
import { EMBED_CSS } from "../generated/embed-css";

/**
 * The embed frame's own stylesheet (built by scripts/embed-css.mjs): the rules of globals.css its
 * markup uses (the site's colours, forms and results), then the frame's themes from
 * src/styles/embed-frame.css. Served by /embed/frame.css under a versioned URL, so a publisher's
 * readers fetch it once.
 */
export { EMBED_CSS };

/** A short hash of the stylesheet, the `v` of its URL: a new stylesheet gets a new URL. */
export const EMBED_CSS_VERSION = createHash("sha256").update(EMBED_CSS).digest("hex").slice(0, 12);

/** Where the frame's pages link the stylesheet. */
export const EMBED_CSS_HREF = `/embed/frame.css?v=${EMBED_CSS_VERSION}`;
