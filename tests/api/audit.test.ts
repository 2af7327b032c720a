import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databases, type Live, startLive } from "./support/live.js";

describe.each(databases)("GraphQL over HTTP audit ($name)", ({ options }) => {
  let live: Live;
  beforeAll(async () => {
    live = await startLive(options);
  });
  afterAll(() => live?.close());

  // serverAudits needs the URL when the tests are collected, so each audit reads it lazily.
  for (const audit of serverAudits({ url: () => live.url, fetchFn: fetch })) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      if (audit.name.startsWith("MUST")) {
        expect(result.status === "ok" ? "ok" : (result as { reason: string }).reason).toBe("ok");
      } else if (result.status !== "ok") {
        console.info(`[audit] ${audit.name}: ${(result as { reason: string }).reason}`);
      }
    });
  }
});
