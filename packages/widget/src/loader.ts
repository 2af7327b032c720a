/**
 * widget.js: upgrades `<quizwire-quiz article="…">` elements (and `<div data-quizwire-article="…">`
 * for CMSs that strip unknown tags) into an iframe of the Quizwire embed page, sizes the frame to its
 * content, and re-dispatches the frame's messages as DOM CustomEvents on the element.
 * Safe to load async, defer or twice; never evals, never writes the document.
 */
import { isFrameMessage, type XapiStatement } from "./protocol.js";
import { initialSizer, nextHeight, type SizerState } from "./sizing.js";

interface Embed {
  el: HTMLElement;
  frame: HTMLIFrameElement;
  sizer: SizerState;
}

type QuizwireGlobal = Window & { __quizwire?: { upgrade: (el: Element) => void } };

((w: QuizwireGlobal, d: Document) => {
  if (w.__quizwire) return;
  const me =
    (d.currentScript as HTMLScriptElement | null) ??
    d.querySelector<HTMLScriptElement>('script[src*="widget.js"]');
  const app = new URL(me?.src || "/widget.js", location.href);
  const embeds: Embed[] = [];
  const ATTRS = ["questions", "difficulty", "theme", "accent", "types", "mode"];

  const attr = (el: Element, name: string) =>
    el.getAttribute(name) ?? el.getAttribute(`data-quizwire-${name}`);

  const upgrade = (el: Element) => {
    const article = attr(el, "article");
    if (!article || el.hasAttribute("data-quizwire-on")) return;
    el.setAttribute("data-quizwire-on", "");
    const src = new URL(`/embed/quiz/${encodeURIComponent(article)}`, app);
    for (const a of ATTRS) {
      const v = attr(el, a);
      if (v) src.searchParams.set(a, v);
    }
    src.searchParams.set("host", location.origin);
    const frame = d.createElement("iframe");
    frame.src = src.href;
    frame.title = el.getAttribute("title") || "Quiz";
    frame.setAttribute("style", "display:block;width:100%;border:0;height:400px;color-scheme:normal");
    frame.setAttribute("allow", "clipboard-write");
    el.appendChild(frame);
    embeds.push({ el: el as HTMLElement, frame, sizer: initialSizer(400) });
  };

  const emit = (e: Embed, type: string, detail: unknown) =>
    e.el.dispatchEvent(new CustomEvent(`quizwire:${type}`, { detail, bubbles: true, composed: true }));

  const xapi = (e: Embed, verb: string, name: string, result: XapiStatement["result"]) => {
    if (!e.el.hasAttribute("xapi") && !e.el.hasAttribute("data-quizwire-xapi")) return;
    const statement: XapiStatement = {
      verb: { id: `http://adlnet.gov/expapi/verbs/${verb}`, display: { "en-US": verb } },
      object: {
        id: e.frame.src.split("?")[0]!,
        objectType: "Activity",
        definition: { name: { "en-US": name } },
      },
      result,
      timestamp: new Date().toISOString(),
    };
    emit(e, "xapi", statement);
  };

  w.addEventListener("message", (ev) => {
    if (ev.origin !== app.origin || !isFrameMessage(ev.data)) return;
    const e = embeds.find((x) => x.frame.contentWindow === ev.source);
    if (!e) return;
    const m = ev.data;
    if (m.type === "resize") {
      e.sizer = nextHeight(e.sizer, m.height, Date.now());
      e.frame.style.height = `${e.sizer.height}px`;
    } else if (m.type === "ready") {
      emit(e, "ready", { quizId: m.quizId, questionCount: m.questionCount });
    } else if (m.type === "answer") {
      emit(e, "answer", { quizId: m.quizId, questionId: m.questionId, correct: m.correct });
      xapi(e, "answered", m.prompt || m.questionId, { success: m.correct, response: m.response });
    } else {
      emit(e, "complete", { quizId: m.quizId, score: m.score, total: m.total });
      xapi(e, "completed", `Quiz ${m.quizId}`, {
        success: m.score === m.total,
        score: { raw: m.score, max: m.total, scaled: m.total ? m.score / m.total : 0 },
      });
    }
  });

  w.__quizwire = { upgrade };
  if (!customElements.get("quizwire-quiz")) {
    customElements.define(
      "quizwire-quiz",
      class extends HTMLElement {
        connectedCallback() {
          upgrade(this);
        }
      },
    );
  }
  const scan = (root: ParentNode) => {
    for (const el of root.querySelectorAll("[data-quizwire-article]")) upgrade(el);
  };
  scan(d);
  new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes)
        if (n instanceof Element) {
          if (n.matches("[data-quizwire-article]")) upgrade(n);
          scan(n);
        }
  }).observe(d.documentElement, { childList: true, subtree: true });
})(window, document);
