import { createServer, type Server } from "node:http";
import { freePort } from "./ports.js";

/** A publisher's site on another origin (another port of 127.0.0.1), serving the pages it is given. */
export type HostServer = { origin: string; pages: Map<string, string>; close: () => Promise<void> };

export async function startHostServer(): Promise<HostServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const html = pages.get(new URL(req.url ?? "/", "http://x").pathname);
    res.writeHead(html ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    res.end(html ?? "not found");
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    pages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * A host page around `embed` that records what it hears: the element's DOM events and, for a plain
 * iframe, the version-1 messages from the quiz origin, whose `resize` it applies as a publisher would.
 */
export function hostPage(embed: string, quizOrigin: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Publisher</title></head>
<body style="margin:0;font:16px Georgia,serif"><h1>A publisher's article</h1>
${embed}
<script>
window.heard = [];
for (const type of ["quizwire:ready", "quizwire:answer", "quizwire:complete"])
  document.addEventListener(type, (e) => window.heard.push({ type, detail: e.detail }));
window.messages = [];
window.addEventListener("message", (e) => {
  if (e.origin !== ${JSON.stringify(quizOrigin)} || !e.data || e.data.quizwire !== 1) return;
  window.messages.push(e.data);
  const plain = document.querySelector("iframe[data-plain]");
  if (plain && e.data.type === "resize" && e.source === plain.contentWindow) plain.style.height = e.data.height + "px";
});
</script></body></html>`;
}
