const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  mdash: "—",
  ndash: "–",
  hellip: "…",
};

/** True when the text is HTML markup rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<(?:!doctype|html|head|body|p|div|br|span|a|h[1-6]|article|section|script|style|li|ul)\b[^>]*>/i.test(
    text,
  );
}

/**
 * HTML is stripped to text, not refused: scripts, styles and comments go, block ends become
 * paragraph breaks, other tags vanish, and character references are decoded.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, "")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(?:p|div|h[1-6]|li|article|section|blockquote|header|footer|title)>/gi, "\n\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ref: string) => {
      if (ref[0] === "#") {
        const code = ref[1]?.toLowerCase() === "x" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
        return Number.isFinite(code) && code > 0 ? String.fromCodePoint(code) : "";
      }
      return ENTITIES[ref.toLowerCase()] ?? all;
    });
}
