import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "./support/backends.js";
import { type Harness, startHarness } from "./support/harness.js";
import { FULL_ARTICLE } from "./support/queries.js";

const b64 = (s: string) => Buffer.from(s).toString("base64");

describe.each(backends)("content queries on $name", (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(backend);
  });
  afterAll(() => h?.close());

  describe("article(slug)", () => {
    it("returns every contract field of the seed article", async () => {
      const { data, errors } = await h.run(FULL_ARTICLE, { slug: "smoke-in-rome" });
      expect(errors).toBeUndefined();
      const a = data!.article as any;
      expect(a).toMatchObject({
        id: b64("Article:smoke-in-rome"),
        slug: "smoke-in-rome",
        byline: "Debra A Smith",
        publisher: "TROIB News",
        publishedAt: "2025-04-22",
      });
      expect(a.title).toContain("Smoke in Rome");
      expect(a.paragraphs[0].text).toBe(a.body.slice(a.paragraphs[0].start, a.paragraphs[0].end));
      expect(a.sentences.length).toBeGreaterThan(10);
      const waltz = a.entities.find((e: any) => e.key === "mike-waltz");
      expect(waltz).toMatchObject({ kind: "PERSON", name: "Mike Waltz", aliases: ["Waltz"] });
      expect(waltz.roles[0].title).toBe("National Security Advisor");
      for (const m of waltz.mentions) {
        expect(a.body.slice(m.start, m.end)).toBe(m.text);
        expect(m.sentence.start).toBeLessThanOrEqual(m.start);
        expect(m.sentence.end).toBeGreaterThanOrEqual(m.end);
        expect(m.articleSlug).toBe("smoke-in-rome");
      }
      const quote = a.quotes.find((q: any) => q.speaker.name === "Donald Trump");
      expect(quote.evidence.text).toBe(a.body.slice(quote.evidence.start, quote.evidence.end));
      expect(quote.evidence.sentence.text).toContain(quote.evidence.text);
      expect(["DIRECT", "PARTIAL", "PARAPHRASE"]).toContain(quote.kind);
      const rome = a.events.find((e: any) => e.id === b64("Event:ev-rome-round"));
      expect(rome).toMatchObject({ kind: "NEGOTIATION_ROUND", location: { name: "Rome", kind: "CITY" } });
      expect(rome.date).toMatchObject({ iso: "2025-04-19", precision: "DAY", status: "OCCURRED" });
      expect(rome.participants.length).toBeGreaterThan(0);
      expect(rome.participants[0].entity.name).toBeTruthy();
      const rel = a.relations.find((r: any) => r.id === b64("Relation:rel-waltz-leads-hardliners"));
      expect(rel).toMatchObject({
        predicate: "LEADS",
        subject: { name: "Mike Waltz" },
        object: { name: "hardliners" },
      });
      expect(rel.evidence[0].text.length).toBeGreaterThan(0);
    });

    it("gives an unstated date text null and the basis it was inferred on; a stated one its words", async () => {
      const { data, errors } = await h.run(
        `{ article(slug: "smoke-in-rome") {
            events { key date { iso precision text basis approximate span { text } } }
            quotes { key date { text basis } } } }`,
      );
      expect(errors).toBeUndefined();
      type DateFields = { text: string | null; basis: string | null };
      const article = data!.article as {
        events: { key: string; date: DateFields & { span: { text: string } | null } }[];
        quotes: { key: string; date: DateFields | null }[];
      };
      const date = (key: string) => article.events.find((e) => e.key === key)!.date;
      expect(date("ev-send-witkoff")).toEqual({
        iso: "2025",
        precision: "YEAR",
        text: null,
        basis: "before the Muscat round",
        approximate: true,
        span: null,
      });
      expect(date("ev-rome-round")).toMatchObject({
        text: "Last Saturday",
        basis: null,
        span: { text: "Last Saturday" },
      });
      const quote = article.quotes.find((q) => q.key === "q-araghchi-common-ground")!;
      expect(quote.date).toEqual({ text: null, basis: "after the Rome round" });
      const unstated = article.events.filter((e) => e.date.text === null).map((e) => e.key);
      expect(unstated).toHaveLength(6);
    });

    it("lists events chronologically, a coarser date before the days it contains", async () => {
      const { data } = await h.run(
        `{ article(slug: "smoke-in-rome") { events { key date { iso precision } } } }`,
      );
      const events = (data!.article as any).events as { key: string; date: { iso: string } }[];
      const keys = events.map((e) => e.key);
      expect(keys.indexOf("ev-jcpoa-agreement")).toBeLessThan(keys.indexOf("ev-jcpoa-withdrawal"));
      expect(keys.indexOf("ev-muscat-round")).toBeLessThan(keys.indexOf("ev-rome-round"));
      expect(keys.indexOf("ev-axios-report")).toBeLessThan(keys.indexOf("ev-rome-round"));
      expect(keys.at(-1)).toBe("ev-oman-round");
      const starts = events.map((e) => e.date.iso.padEnd(10, "-"));
      expect([...starts].sort()).toEqual(starts);
    });

    it("filters the article's entities by kind", async () => {
      const { data } = await h.run(
        `{ article(slug: "smoke-in-rome") { entities(kind: CITY) { name kind } } }`,
      );
      const names = (data!.article as any).entities.map((e: any) => e.name);
      expect(names).toEqual(expect.arrayContaining(["Rome", "Muscat", "Tehran"]));
      expect((data!.article as any).entities.every((e: any) => e.kind === "CITY")).toBe(true);
    });

    it("answers an unknown slug with NOT_FOUND and a sentence", async () => {
      const { data, errors } = await h.run(`{ article(slug: "nope") { title } }`);
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(errors?.[0]?.message).toMatch(/No article has the slug "nope"/);
    });
  });

  describe("entity(id) and node(id)", () => {
    it("finds an entity by global id or key, with quotes, events, roles and their post's owner", async () => {
      const q = `query($id: ID!) { entity(id: $id) { id name roles { title of { name } former } quotes { text } events { key } } }`;
      const byKey = await h.run(q, { id: "steve-witkoff" });
      const byGlobal = await h.run(q, { id: b64("Entity:steve-witkoff") });
      expect(byKey).toEqual(byGlobal);
      const e = byKey.data!.entity as any;
      expect(e.name).toBe("Steve Witkoff");
      expect(e.quotes.length).toBeGreaterThan(0);
      expect(e.events.map((x: any) => x.key)).toContain("ev-fox-interview");
      expect(e.roles[0].title).toBe("Special Envoy to the Middle East");
    });

    it("resolves every node type through node(id)", async () => {
      const q = `query($id: ID!) { node(id: $id) { id __typename ... on Entity { name } ... on Quote { text } ... on Event { title } ... on Relation { predicate } ... on Article { slug } } }`;
      for (const [type, key] of [
        ["Article", "smoke-in-rome"],
        ["Entity", "rome"],
        ["Quote", "q-disaster"],
        ["Event", "ev-rome-round"],
        ["Relation", "rel-waltz-leads-hardliners"],
      ]) {
        const { data, errors } = await h.run(q, { id: b64(`${type}:${key}`) });
        expect(errors).toBeUndefined();
        expect((data!.node as any).__typename).toBe(type);
        expect((data!.node as any).id).toBe(b64(`${type}:${key}`));
      }
    });

    it("answers unknown ids with NOT_FOUND and malformed ones with BAD_USER_INPUT", async () => {
      const unknown = await h.run(`{ entity(id: "nobody") { name } }`);
      expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const missing = await h.run(`query($id: ID!) { node(id: $id) { id } }`, { id: b64("Entity:nobody") });
      expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const bad = await h.run(`{ node(id: "not-a-global-id") { id } }`);
      expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(bad.errors?.[0]?.message).toMatch(/not a global id/);
    });
  });

  describe("search(query, first)", () => {
    it("ranks entities by name and alias, case- and accent-insensitively", async () => {
      const q = `query($q: String!) { search(query: $q, first: 5) { score kind match node { __typename ... on Entity { key } } } }`;
      const { data } = await h.run(q, { q: "ARAGHCHÍ" });
      const first = (data!.search as any[])[0];
      expect(first).toMatchObject({ kind: "ENTITY", node: { key: "abbas-araghchi" } });
      const alias = await h.run(q, { q: "jcpoa" });
      expect((alias.data!.search as any[])[0].node.key).toBe("jcpoa");
      const scores = (alias.data!.search as any[]).map((r) => r.score);
      expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    });

    it("finds quotes and events", async () => {
      const { data } = await h.run(`{ search(query: "constructive") { kind node { __typename } } }`);
      expect((data!.search as any[]).map((r) => r.kind)).toContain("QUOTE");
      const ev = await h.run(`{ search(query: "nuclear talks") { kind } }`);
      expect((ev.data!.search as any[]).map((r) => r.kind)).toContain("EVENT");
    });

    it("rejects an empty query", async () => {
      const { errors } = await h.run(`{ search(query: "  ") { score } }`);
      expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    });
  });

  describe("quotes(speakerId, articleSlug) and events(articleSlug)", () => {
    it("filters quotes by speaker (key or global id) and article", async () => {
      const q = `query($s: ID, $a: String) { quotes(speakerId: $s, articleSlug: $a, first: 100) { totalCount edges { node { speaker { key } } } } }`;
      const { data } = await h.run(q, { s: "donald-trump" });
      const c = data!.quotes as any;
      expect(c.totalCount).toBeGreaterThan(0);
      expect(c.edges.every((e: any) => e.node.speaker.key === "donald-trump")).toBe(true);
      const global = await h.run(q, { s: b64("Entity:donald-trump"), a: "smoke-in-rome" });
      expect((global.data!.quotes as any).totalCount).toBe(c.totalCount);
      const none = await h.run(q, { a: "no-such-article" });
      expect((none.data!.quotes as any).totalCount).toBe(0);
    });

    it("lists an article's events in chronological order", async () => {
      const { data } = await h.run(
        `{ events(articleSlug: "smoke-in-rome", first: 100) { totalCount edges { node { key } } } }`,
      );
      const keys = (data!.events as any).edges.map((e: any) => e.node.key);
      expect(keys[0]).toBe("ev-jcpoa-agreement");
      expect(keys.at(-1)).toBe("ev-oman-round");
      expect((data!.events as any).totalCount).toBe(keys.length);
    });
  });
});
