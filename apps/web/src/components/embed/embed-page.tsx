import type { ReactNode } from "react";
import { EMBED_CSS_HREF } from "../../lib/embed-css";
import { escapeHtml, renderToHtml } from "../../lib/embed-html";
import type { EmbedSettings } from "../../lib/embed-settings";
import { EmbedRoot } from "./embed-root";

const DESCRIPTION = "Read the news, explore who said what, and take a quiz on it.";

type Options = {
  /** 200 unless said; 404 for an unknown quiz. */
  status?: number;
  /** The document's title, before " · Quizwire". */
  title?: string;
};

/**
 * One page of the frame as a whole HTML document: `body` inside the frame's root, the frame's own
 * stylesheet, and no script but what the body brings (FrameEvents: frame.js and this step's events).
 * Never stored: every page belongs to one reader's attempt.
 */
export async function embedPage(
  settings: EmbedSettings,
  body: ReactNode,
  { status = 200, title = "Quiz" }: Options = {},
): Promise<Response> {
  const main = await renderToHtml(<EmbedRoot settings={settings}>{body}</EmbedRoot>);
  const html = [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>',
    '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
    '<meta name="color-scheme" content="light dark"/>',
    `<title>${escapeHtml(title)} · Quizwire</title>`,
    `<meta name="description" content="${escapeHtml(DESCRIPTION)}"/>`,
    '<meta name="robots" content="noindex"/>',
    `<link rel="stylesheet" href="${escapeHtml(EMBED_CSS_HREF)}"/>`,
    `</head><body>${main}</body></html>`,
  ].join("");
  return new Response(html, {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
    },
  });
}
