import { gzipSync } from "node:zlib";

// Usage: tsx scripts/first-load-js.ts http://127.0.0.1:3000/articles/smoke-in-rome/quiz
// Sums the JavaScript a browser downloads on first load of a page: every <script src> of the HTML,
// gzip-compressed at level 9, plus inline scripts (the RSC payload), reported apart.
const url = process.argv[2];
if (!url) {
  console.error("Give the page URL, e.g. http://127.0.0.1:3000/articles/smoke-in-rome/quiz");
  process.exit(2);
}
const html = await (await fetch(url)).text();
const srcs = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => new URL(m[1]!, url).href);
let total = 0;
for (const src of [...new Set(srcs)]) {
  const body = Buffer.from(await (await fetch(src)).arrayBuffer());
  const gz = gzipSync(body, { level: 9 }).length;
  total += gz;
  console.log(`${(gz / 1024).toFixed(1).padStart(7)} kB  ${new URL(src).pathname}`);
}
const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => m[1] ?? "")
  .join("");
const inlineGz = gzipSync(Buffer.from(inline), { level: 9 }).length;
console.log(`first-load JS (script files, gzip): ${(total / 1024).toFixed(1)} kB in ${srcs.length} files`);
console.log(`inline scripts (RSC payload, gzip): ${(inlineGz / 1024).toFixed(1)} kB`);
