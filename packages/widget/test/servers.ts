import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { build } from "esbuild";

export interface Served {
  origin: string;
  close(): Promise<void>;
}

/** Serves `routes` (path -> [content type, body]) on 127.0.0.1 at a free port. */
export async function serve(
  routes: (path: string, url: URL) => [string, string] | undefined,
): Promise<Served> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const hit = routes(url.pathname, url);
    if (!hit) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": hit[0], "cache-control": "no-store" }).end(hit[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The browser bundles, built from source as `npm run build` builds them. */
export async function bundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "iife",
    target: ["es2020"],
    write: false,
  });
  return out.outputFiles[0]!.text;
}
