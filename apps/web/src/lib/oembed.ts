import { type EmbedSettings, readEmbedSettings, settingsFields } from "./embed-settings";

/** The article slug and embed settings a page URL of this site stands for, or undefined. */
export function quizTarget(
  pageUrl: string,
  siteOrigin: string,
): { slug: string; settings: EmbedSettings } | undefined {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return undefined;
  }
  if (url.origin !== siteOrigin) return undefined;
  const match = /^\/(?:articles\/([^/]+)(?:\/quiz)?|embed\/quiz\/([^/]+))\/?$/.exec(url.pathname);
  const raw = match?.[1] ?? match?.[2];
  if (!raw) return undefined;
  return { slug: decodeURIComponent(raw), settings: readEmbedSettings(Object.fromEntries(url.searchParams)) };
}

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The script-tag snippet: the loader plus a <quizwire-quiz> element with the settings as attributes. */
export function scriptSnippet(
  siteOrigin: string,
  slug: string,
  settings: EmbedSettings,
  title?: string,
): string {
  // The host is the frame's business (the loader sets it), never part of a shared snippet.
  const { host: _host, ...rest } = settings;
  const fields = settingsFields(rest);
  const attrs = Object.entries({ article: slug, ...fields, ...(title ? { title } : {}) })
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join("");
  return `<script async src="${siteOrigin}/widget.js"></script>\n<quizwire-quiz${attrs}></quizwire-quiz>`;
}

/** A plain iframe of the embed page, for CMSs that allow no scripts (no auto-sizing, no events). */
export function iframeSnippet(
  siteOrigin: string,
  slug: string,
  settings: EmbedSettings,
  title: string,
): string {
  const query = new URLSearchParams(settingsFields(settings));
  const src = `${siteOrigin}/embed/quiz/${encodeURIComponent(slug)}?${query}`;
  return `<iframe src="${escapeAttr(src)}" title="${escapeAttr(`Quiz: ${title}`)}" width="100%" height="640" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/** Width and height within the consumer's maxwidth/maxheight (ignored when not positive numbers). */
export function oembedSize(
  maxwidth: string | null,
  maxheight: string | null,
): { width: number; height: number } {
  const cap = (value: string | null, fallback: number) => {
    const n = Number(value);
    return value && Number.isFinite(n) && n > 0 ? Math.min(fallback, Math.floor(n)) : fallback;
  };
  return { width: cap(maxwidth, 640), height: cap(maxheight, 640) };
}
