import "reflect-metadata";
import { CURATED } from "@quizwire/content";
import type { Store } from "@quizwire/store";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Listening, listen } from "../src/listen.js";
import { buildServer, type Server } from "../src/server.js";
import { getGraphql, INGEST, postGraphql } from "./ingest-support/client.js";
import { corpusText, ownDatabases } from "./ingest-support/databases.js";
import { testConfig } from "./support/harness.js";

const CORPUS = "new-zealand-flag-process";
const ARTICLE = /* GraphQL */ `
  query Article($slug: String!) {
    article(slug: $slug) { slug body entities { name kind } quotes { text speaker { name } } }
  }
`;
const SLUGS = "{ articles(first: 50) { edges { node { slug } } } }";
const CREATE_QUIZ = /* GraphQL */ `
  mutation($input: CreateQuizInput!) { createQuiz(input: $input) { id questions { id type prompt } } }
`;

describe.each(ownDatabases)("ingestArticle over HTTP on $name", (db) => {
  let store: Store;
  let drop: () => Promise<void>;
  let server: Server;
  let http: Listening;
  let key: string;
  /** Set to a load step to make the next loads fail there, inside the transaction (the store's onStep hook). */
  let failAt: string | null = null;

  const post = (input: Record<string, unknown>, headers: Record<string, string> = {}) =>
    postGraphql(http.url, INGEST, { input }, headers);
  const withKey = (input: Record<string, unknown>) => post(input, { authorization: `Bearer ${key}` });
  /** What a reader could see changing: the number of articles and the content version. */
  const state = async () => ({
    articles: (await store.listArticles({ first: 0 })).totalCount,
    version: await store.contentVersion(),
  });

  beforeAll(async () => {
    ({ store, drop } = await db.open());
    await store.seed();
    const failing: Store = {
      ...store,
      loadArticle: (draft, options) =>
        store.loadArticle(draft, {
          ...options,
          onStep: (step) => {
            if (step === failAt) throw new Error(`injected failure after the ${step} step`);
          },
        }),
    };
    server = await buildServer({ store: failing, logger: pino({ level: "silent" }), config: testConfig() });
    http = await listen(server, 0, "127.0.0.1");
    key = (await store.createApiKey("ingest test")).key;
  });
  afterAll(async () => {
    await http?.close();
    await store?.close();
    await drop?.();
  });

  describe("authentication", () => {
    it("refuses a request without a key, saying how to get one, and stores nothing", async () => {
      const before = await state();
      const { body } = await post({ text: corpusText(CORPUS) });
      expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(body.errors?.[0]?.message).toMatch(/npm run apikey:create -- NAME/);
      expect(await state()).toEqual(before);
    });

    it("refuses an unknown key, in either header", async () => {
      const tries: Record<string, string>[] = [
        { authorization: "Bearer qw_not-a-key" },
        { "x-api-key": `${key}x` },
      ];
      for (const headers of tries) {
        const { body } = await post({ text: corpusText(CORPUS) }, headers);
        expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      }
    });
  });

  describe("a corpus article", () => {
    it("is drafted, stored and served at once, even where GET responses were cached", async () => {
      const warm = await getGraphql(http.url, SLUGS);
      expect((await getGraphql(http.url, SLUGS)).cache).toBe("HIT");
      const before = await state();

      const { body } = await withKey({ text: corpusText(CORPUS), slug: CORPUS });
      expect(body.errors).toBeUndefined();
      const ingested = (body.data as any).ingestArticle;
      expect(ingested.changed).toBe(true);
      expect(ingested.article).toMatchObject({ slug: CORPUS, publishedAt: "2015-05-07" });
      expect(ingested.summary.entities).toBeGreaterThan(0);
      expect(ingested.summary.quotes).toBeGreaterThan(0);
      expect((await state()).articles).toBe(before.articles + 1);

      const listed = await getGraphql(http.url, SLUGS);
      expect(listed.body).not.toEqual(warm.body);
      expect(listed.body.data.articles.edges.map((e: any) => e.node.slug)).toContain(CORPUS);
      const { body: read } = await postGraphql(http.url, ARTICLE, { slug: CORPUS });
      const article = (read.data as any).article;
      expect(article.entities.length).toBe(ingested.summary.entities);
      expect(article.quotes.length).toBe(ingested.summary.quotes);
      expect(article.quotes.every((q: any) => q.speaker?.name)).toBe(true);
    });

    it("is unchanged when the same text comes again (x-api-key works too)", async () => {
      const before = await state();
      const { body } = await post({ text: corpusText(CORPUS), slug: CORPUS }, { "x-api-key": key });
      expect(body.errors).toBeUndefined();
      expect((body.data as any).ingestArticle.changed).toBe(false);
      expect(await state()).toEqual(before);
    });

    it("gets a quiz from createQuiz, like the seed", async () => {
      const { body } = await postGraphql(http.url, CREATE_QUIZ, {
        input: { articleSlug: CORPUS, questionCount: 3, seed: 7 },
      });
      expect(body.errors).toBeUndefined();
      expect((body.data as any).createQuiz.questions).toHaveLength(3);
    });

    it("can be ingested beside another drafted article (fact ids do not clash)", async () => {
      const { body } = await withKey({ text: corpusText("afghan-girls-robotics-team"), dryRun: false });
      expect(body.errors).toBeUndefined();
      expect((body.data as any).ingestArticle.changed).toBe(true);
    });

    it("never replaces a curated article", async () => {
      const before = await state();
      const { body } = await withKey({ text: corpusText(CORPUS), slug: "smoke-in-rome" });
      expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(body.errors?.[0]?.message).toMatch(/curated/);
      expect(await state()).toEqual(before);
    });
  });

  describe("bad input", () => {
    const french = `Le gouvernement a annoncé mardi le début d'une consultation publique sur le drapeau. ${"Les citoyens pourront proposer des dessins pour un nouveau drapeau national, et dire s'ils préfèrent un autre drapeau que celui d'aujourd'hui. ".repeat(4)}`;
    const refused: [string, Record<string, unknown>, RegExp][] = [
      ["empty text", { text: "  \n\n " }, /empty/],
      ["binary data", { title: "Bytes", text: "\u0000\u0001\u0002PNG\u0000\u0000IHDR" }, /binary/],
      ["a text that is not English", { title: "Drapeau", text: french }, /English/],
      ["a bad publishedAt", { text: corpusText(CORPUS), publishedAt: "07/05/2015" }, /YYYY-MM-DD/],
      ["a bad slug", { text: corpusText(CORPUS), slug: "Not A Slug" }, /slug/],
    ];
    it.each(refused)(
      "refuses %s with BAD_USER_INPUT and leaves the database as it was",
      async (_, input, says) => {
        const before = await state();
        const { body } = await withKey(input);
        expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        expect(body.errors?.[0]?.message).toMatch(says);
        expect(await state()).toEqual(before);
      },
    );

    it("refuses 5 MB at the HTTP layer (413) and the extractor refuses over 1 MB in-process", async () => {
      const before = await state();
      const huge = `Big\n\n${"The minister said the talks would go on. ".repeat(125_000)}`;
      const res = await post({ text: huge }, { authorization: `Bearer ${key}` }).catch((e) => e);
      expect(res.status).toBe(413);
      expect(res.body.errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
      const inProcess = await server.execute(
        { query: INGEST, variables: { input: { text: huge.slice(0, 1_500_000) } } },
        { apiKey: key },
      );
      const result = inProcess.body.kind === "single" ? inProcess.body.singleResult : null;
      expect(result?.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(result?.errors?.[0]?.message).toMatch(/limit is 1 MB/);
      expect(await state()).toEqual(before);
    });

    it("strips HTML to text and says so (a valid draft; dry run stores nothing)", async () => {
      const before = await state();
      const html =
        '<html><body><h1>Flag vote</h1><p>The <b>government</b> announced a vote on Tuesday.</p><p>"It is time," Prime Minister John Key said.</p><script>alert(1)</script></body></html>';
      const { body } = await withKey({
        title: "Flag vote",
        text: html,
        publishedAt: "2015-05-07",
        dryRun: true,
      });
      expect(body.errors).toBeUndefined();
      const out = (body.data as any).ingestArticle;
      expect(out.article).toBeNull();
      expect(out.changed).toBe(false);
      expect(out.warnings.join(" ")).toMatch(/HTML/);
      expect(out.summary.quotes).toBe(1);
      expect(await state()).toEqual(before);
    });

    it("drafts a text without any quotation honestly: no quotes, and a warning", async () => {
      const { body } = await withKey({
        title: "Rain in Wellington",
        text: "Heavy rain fell on Wellington on Monday, and the city council closed two roads near the harbour.",
        publishedAt: "2015-05-04",
        dryRun: true,
      });
      expect(body.errors).toBeUndefined();
      expect((body.data as any).ingestArticle.summary.quotes).toBe(0);
      expect((body.data as any).ingestArticle.warnings.join(" ")).toMatch(/no quotes/);
    });
  });

  describe("a store failure mid-way", () => {
    it("rolls the whole load back: the previous version stays, readable as before", async () => {
      const before = await state();
      const { body: old } = await postGraphql(http.url, ARTICLE, { slug: CORPUS });
      failAt = "quotes";
      try {
        const text = `${corpusText(CORPUS)}\n"We will keep the old flag if the people want it," Prime Minister John Key told reporters.\n`;
        const { body } = await withKey({ text, slug: CORPUS });
        expect(body.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
      } finally {
        failAt = null;
      }
      expect(await state()).toEqual(before);
      const { body: now } = await postGraphql(http.url, ARTICLE, { slug: CORPUS });
      expect(now).toEqual(old);
      expect((now.data as any).article.body).not.toContain("keep the old flag");
    });
  });

  describe("an editor's corrections in the store", () => {
    it("win over a new draft of the same article", async () => {
      const stored = await store.annotatedArticle(CORPUS);
      const person = stored!.entities.find((e) => e.kind === "PERSON")!;
      const corrected = {
        ...stored!,
        entities: stored!.entities.map((e) =>
          e.id === person.id ? { ...e, description: "Corrected by an editor.", provenance: CURATED } : e,
        ),
      };
      await store.loadArticle(corrected);

      const text = `${corpusText(CORPUS)}\nThe consultation will run until the end of the year, officials said.\n`;
      const { body } = await withKey({ text, slug: CORPUS });
      expect(body.errors).toBeUndefined();
      expect((body.data as any).ingestArticle.changed).toBe(true);
      const again = await store.annotatedArticle(CORPUS);
      expect(again!.article.body).toContain("until the end of the year");
      const kept = again!.entities.find((e) => e.id === person.id)!;
      expect(kept.description).toBe("Corrected by an editor.");
      expect(kept.provenance.status).toBe("CURATED");
    });
  });
});
