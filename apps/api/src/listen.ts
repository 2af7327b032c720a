import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Server } from "./server.js";

/** A listening HTTP server and how to stop it. */
export interface Listening {
  url: string;
  port: number;
  http: HttpServer;
  /** Stops accepting connections, closes idle ones and stops Apollo. */
  close(): Promise<void>;
}

/** Serves `server` over node:http on `port` (0: any free port) and `host`. */
export async function listen(server: Server, port: number, host = "0.0.0.0"): Promise<Listening> {
  const http = createServer(server.handler);
  http.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(port, host, () => resolve());
  });
  const address = http.address() as AddressInfo;
  const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host;
  return {
    url: `http://${shown}:${address.port}/graphql`,
    port: address.port,
    http,
    async close() {
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeIdleConnections();
      });
      await server.stop();
    },
  };
}
