import type { Metadata } from "next";
import { siteOrigin } from "../../../../lib/site-origin";

export const metadata: Metadata = { title: "Embedding quizzes" };

const pre = (text: string) => (
  <pre className="panel" style={{ overflowX: "auto" }}>
    <code>{text}</code>
  </pre>
);

/** How a publisher embeds a quiz: snippet, attributes, events and the postMessage protocol (v1). */
export default async function EmbeddingDocs() {
  const site = await siteOrigin();
  return (
    <article>
      <h1>Embedding quizzes</h1>
      <p className="dek">
        One snippet puts a quiz in any page: it sizes itself to its content, follows your theme, and tells
        your page how the reader did. Build one with the <a href="/embed">embed builder</a>.
      </p>
      <h2>The snippet</h2>
      {pre(`<script async src="${site}/widget.js"></script>
<quizwire-quiz article="smoke-in-rome" questions="5" difficulty="medium" theme="auto" accent="#0a7"></quizwire-quiz>

<!-- for CMSs that strip unknown tags -->
<div data-quizwire-article="smoke-in-rome" data-quizwire-questions="5"></div>`)}
      <p>
        The loader is under 2 KB gzip, never uses <code>eval</code> or <code>document.write</code>, and may be
        loaded async, deferred or twice: each element is upgraded once into an iframe of{" "}
        <code>/embed/quiz/…</code>. Without scripts, paste a plain iframe of that page (from the builder);
        oEmbed consumers can ask <code>/api/oembed?url=…&amp;format=json</code>, and every article and quiz
        page carries the discovery link.
      </p>
      <h2>Attributes</h2>
      <dl>
        <dt>
          <code>article</code> (required)
        </dt>
        <dd>The article's slug, as in its address /articles/&lt;slug&gt;.</dd>
        <dt>
          <code>questions</code>
        </dt>
        <dd>5, 10 or 15 (default 5).</dd>
        <dt>
          <code>difficulty</code>
        </dt>
        <dd>easy, medium or hard (default mixed).</dd>
        <dt>
          <code>types</code>
        </dt>
        <dd>
          Comma-separated question types: multiple_choice, true_false, multi_select, ordering, matching, cloze
          (default all).
        </dd>
        <dt>
          <code>theme</code>
        </dt>
        <dd>light, dark or auto (follows the reader's system; default).</dd>
        <dt>
          <code>accent</code>
        </dt>
        <dd>A hex colour such as #0a7 for links and buttons; other values are ignored.</dd>
        <dt>
          <code>mode</code>
        </dt>
        <dd>now (feedback after each question, default) or end.</dd>
        <dt>
          <code>xapi</code>
        </dt>
        <dd>Present: the element also emits xAPI statements as quizwire:xapi events.</dd>
      </dl>
      <p>The frame inherits a system font stack and needs no cookies: its state travels in its address.</p>
      <h2>Events on the element</h2>
      <p>They bubble, so one listener on the document hears every quiz on the page.</p>
      {pre(`document.addEventListener("quizwire:complete", (e) => {
  console.log(e.detail.quizId, e.detail.score, e.detail.total);
});`)}
      <ul>
        <li>
          <code>quizwire:ready</code> — <code>{"{ quizId, questionCount }"}</code>
        </li>
        <li>
          <code>quizwire:answer</code> — <code>{"{ quizId, questionId, correct }"}</code>, after each graded
          question
        </li>
        <li>
          <code>quizwire:complete</code> — <code>{"{ quizId, score, total }"}</code>
        </li>
        <li>
          <code>quizwire:xapi</code> — an xAPI statement (verbs answered and completed, the reader's response
          in words)
        </li>
      </ul>
      <h2>postMessage protocol, version 1</h2>
      <p>
        Frame to host only. Every message is{" "}
        <code>{'{ quizwire: 1, type: "ready" | "resize" | "answer" | "complete", … }'}</code>; a later version
        will change the number, and the loader ignores versions it does not know.
      </p>
      <ul>
        <li>
          The frame posts only to the host origin given in its <code>host</code> query parameter when the
          browser's <code>ancestorOrigins</code> (or referrer) agrees — never to <code>"*"</code>.
        </li>
        <li>
          The loader accepts a message only from the origin it was loaded from, from a frame it created, with
          a valid version-1 shape.
        </li>
        <li>
          <code>resize</code> carries <code>{"{ height }"}</code>: heights are clamped to 40–8000 px, and
          content that keeps growing with the frame (sized by 100vh) is frozen after 8 quick steps.
        </li>
      </ul>
      <h2>Security</h2>
      <p>
        Embed pages send <code>Content-Security-Policy: frame-ancestors</code> with the origins in{" "}
        <code>EMBED_ALLOWED_ORIGINS</code> (default: any); other pages may be framed only by this site.
        Grading happens on the server; attempts record the embedding page's origin, and the statistics page
        filters by it.
      </p>
    </article>
  );
}
