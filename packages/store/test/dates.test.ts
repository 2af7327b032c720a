import { beforeAll, describe, expect, it } from "vitest";
import type { EventRow } from "../src/index.js";
import { backends, useTestDb } from "./backends.js";

const SEED = "smoke-in-rome";

describe.each(backends)("dates the article does not state, on $name", (backend) => {
  const db = useTestDb(backend);
  beforeAll(async () => {
    await db().store.seed();
  });

  const unstated = {
    iso: "2025",
    precision: "YEAR",
    text: null,
    basis: "before the Muscat round",
    status: "OCCURRED",
    approximate: true,
    span: null,
  };

  it("keeps text null and the basis on events, and the words (no basis) on stated dates", async () => {
    const [witkoff, rome] = await db().store.eventsByIds(["ev-send-witkoff", "ev-rome-round"]);
    expect(witkoff!.date).toEqual(unstated);
    expect(rome!.date).toMatchObject({ text: "Last Saturday", basis: null, approximate: false });
    expect(rome!.date.span?.text).toBe("Last Saturday");
  });

  it("keeps them on a quote's date", async () => {
    const [quote] = await db().store.quotesByIds(["q-araghchi-common-ground"]);
    expect(quote!.date).toEqual({
      iso: "2025-04-19",
      precision: "DAY",
      text: null,
      basis: "after the Rome round",
      status: "OCCURRED",
      approximate: true,
      span: null,
    });
  });

  it("decodes them alike from articleFacts' generic row decoding", async () => {
    const [facts] = await db().store.articleFacts([{ articleId: SEED, part: { list: "events" } }]);
    const rows = facts!.rows as EventRow[];
    expect(rows.find((e) => e.id === "ev-send-witkoff")!.date).toEqual(unstated);
  });

  it("rebuilds the data file with text null and the basis (annotatedArticle)", async () => {
    const file = await db().store.annotatedArticle(SEED);
    const witkoff = file!.events.find((e) => e.id === "ev-send-witkoff")!;
    expect(witkoff.date).toEqual({
      iso: "2025",
      precision: "YEAR",
      text: null,
      basis: "before the Muscat round",
      status: "OCCURRED",
      approximate: true,
    });
    const quote = file!.quotes.find((q) => q.id === "q-araghchi-common-ground")!;
    expect(quote.date).toMatchObject({ text: null, basis: "after the Rome round" });
  });
});
