import type { Metadata } from "next";
import { ApiDown } from "../../components/api-down";
import { BuilderFields } from "../../components/builder/builder-fields";
import { CopyButton } from "../../components/builder/copy-button";
import { LiveForm } from "../../components/builder/live-form";
import { SiteChrome } from "../../components/site/site-chrome";
import { embedQuizFor } from "../../lib/embed-quiz";
import { readEmbedSettings, settingsFields } from "../../lib/embed-settings";
import { execute } from "../../lib/graphql";
import { load } from "../../lib/load";
import { iframeSnippet, scriptSnippet } from "../../lib/oembed";
import { siteOrigin } from "../../lib/site-origin";
import { ArticlesQuery } from "../../operations/articles";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Embed a quiz" };

/** Several checked boxes arrive as a list; the settings read them as one comma-separated value. */
const joined = (query: Record<string, string | string[] | undefined>) =>
  Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : v]));

/** The embed builder: choose, preview, copy. A GET form, so it works without JavaScript. */
export default async function BuilderPage({ searchParams }: Props) {
  const query = joined(await searchParams);
  const result = await load(() => execute(ArticlesQuery, { first: 50 }));
  if (!result.ok) return <SiteChrome>{<ApiDown detail={result.down} />}</SiteChrome>;
  const articles = result.data.articles.edges.map((e) => e.node);
  const settings = readEmbedSettings(query);
  const slug = articles.find((a) => a.slug === query.article)?.slug ?? articles[0]?.slug ?? "";
  const title = articles.find((a) => a.slug === slug)?.title ?? "";
  const site = await siteOrigin();
  // The quiz this embed shows (shared by all its readers), so the publisher can follow its statistics.
  const quiz = slug ? await load(() => embedQuizFor(slug, settings)) : undefined;
  const statsHref = quiz?.ok ? `/quizzes/${encodeURIComponent(quiz.data)}/stats` : undefined;
  const preview = `/embed/quiz/${encodeURIComponent(slug)}?${new URLSearchParams({ ...settingsFields(settings), host: site })}`;
  const oembed = `${site}/api/oembed?${new URLSearchParams({ url: `${site}/embed/quiz/${encodeURIComponent(slug)}?${new URLSearchParams(settingsFields(settings))}`, format: "json" })}`;
  const codes = [
    {
      id: "code-script",
      label: "Script tag (sizes itself, sends events)",
      value: scriptSnippet(site, slug, settings, `Quiz: ${title}`),
    },
    {
      id: "code-iframe",
      label: "Plain iframe (no scripts allowed)",
      value: iframeSnippet(site, slug, settings, title),
    },
    { id: "code-oembed", label: "oEmbed URL (for CMSs that discover embeds)", value: oembed },
  ];
  return (
    <SiteChrome>
      <h1>Embed a quiz</h1>
      <p className="dek">
        Choose a quiz, see it as your readers will, and paste one snippet into your page. How it works:{" "}
        <a href="/docs/embedding">embedding documentation</a>.
      </p>
      <div className="builder">
        <LiveForm>
          <BuilderFields articles={articles} slug={slug} settings={settings} />
          <button type="submit">Update the preview</button>
        </LiveForm>
        <section aria-labelledby="preview-h">
          <h2 id="preview-h">Preview</h2>
          <iframe key={preview} src={preview} title={`Preview: quiz on ${title}`} />
        </section>
        {statsHref ? (
          <p>
            Readers' results for this embed: <a href={statsHref}>statistics</a> (filter them by your site's
            origin).
          </p>
        ) : null}
        <section aria-labelledby="codes-h">
          <h2 id="codes-h">Copy the code</h2>
          {codes.map((c) => (
            <p key={c.id}>
              <label htmlFor={c.id}>{c.label}</label>
              <br />
              <textarea id={c.id} readOnly rows={c.id === "code-oembed" ? 2 : 3} value={c.value} />
              <br />
              <CopyButton target={c.id} label="Copy" />
            </p>
          ))}
        </section>
      </div>
    </SiteChrome>
  );
}
