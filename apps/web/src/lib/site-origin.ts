import "server-only";
import { headers } from "next/headers";

/** This site's origin as the browser addressed it (Host and X-Forwarded-Proto of the request). */
export async function siteOrigin(): Promise<string> {
  const h = await headers();
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  return `${proto}://${h.get("host") ?? "localhost"}`;
}

/** The oEmbed discovery link for a page of this site, as Next metadata `alternates`. */
export async function oembedAlternates(path: string, title: string) {
  const site = await siteOrigin();
  const href = `${site}/api/oembed?${new URLSearchParams({ url: `${site}${path}`, format: "json" })}`;
  return { types: { "application/json+oembed": [{ url: href, title }] } };
}
