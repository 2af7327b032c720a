import { ApiDownError, isNotFound } from "../../../lib/api-error";
import { execute } from "../../../lib/graphql";
import { oembedSize, quizTarget, scriptSnippet } from "../../../lib/oembed";
import { siteOrigin } from "../../../lib/site-origin";
import { ArticleTitleQuery } from "../../../operations/article";

const json = (body: unknown, status = 200) =>
  Response.json(body, {
    status,
    headers: {
      "access-control-allow-origin": "*",
      "cache-control": status === 200 ? "public, max-age=300" : "no-store",
    },
  });

/**
 * oEmbed 1.0 for article, quiz and embed URLs of this site: a `rich` response whose html is the
 * script-tag snippet. 400 without url, 501 for a format other than json, 404 for anything else.
 */
export async function GET(request: Request): Promise<Response> {
  const query = new URL(request.url).searchParams;
  // The Host the consumer used, not request.url's host, which may differ (localhost vs 127.0.0.1).
  const site = await siteOrigin();
  const url = query.get("url");
  if (!url)
    return json({ error: `Give the page to embed as ?url=, e.g. ?url=${site}/articles/smoke-in-rome` }, 400);
  const format = query.get("format") ?? "json";
  if (format !== "json") return json({ error: `Only format=json is supported, not "${format}".` }, 501);
  const target = quizTarget(url, site);
  if (!target) return json({ error: `${url} is not an article or quiz page of ${site}.` }, 404);
  let title: string;
  try {
    const { article } = await execute(ArticleTitleQuery, { slug: target.slug });
    if (!article) return json({ error: `There is no article "${target.slug}".` }, 404);
    title = article.title;
  } catch (error) {
    if (error instanceof ApiDownError) return json({ error: "The quiz API is down; try again later." }, 503);
    if (isNotFound(error)) return json({ error: `There is no article "${target.slug}".` }, 404);
    throw error;
  }
  const { width, height } = oembedSize(query.get("maxwidth"), query.get("maxheight"));
  return json({
    version: "1.0",
    type: "rich",
    provider_name: "Quizwire",
    provider_url: site,
    title: `Quiz: ${title}`,
    html: scriptSnippet(site, target.slug, target.settings, `Quiz: ${title}`),
    width,
    height,
    cache_age: 300,
  });
}
