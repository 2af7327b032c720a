import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import type { ArticleRow, EntityRow, EventRow, Store } from "@quizwire/store";
import DataLoader from "dataloader";

// What a user would write by hand: SDL, plain resolvers, a DataLoader per request over the same
// store's batched lookups, and Apollo Server's defaults (cache-control plugin included).
const typeDefs = /* GraphQL */ `
  type Query { article(slug: String!): Article }
  type Article { id: ID! slug: String! title: String! entities: [Entity!]! quotes: [Quote!]! events: [Event!]! }
  type Entity { id: ID! kind: String! name: String! aliases: [String!]! roles: [Role!]! mentions: [Span!]! }
  type Role { title: String! }
  type Span { start: Int! end: Int! text: String! }
  type Quote { id: ID! text: String! kind: String! channel: String speaker: Entity evidence: Span! }
  type DateValue { iso: String! precision: String! text: String basis: String }
  type Participant { role: String! entity: Entity }
  type Event { id: ID! kind: String! title: String! date: DateValue! location: Entity participants: [Participant!]! }
`;

interface Ctx {
  store: Store;
  entity: DataLoader<string, EntityRow | null>;
  loaders: Record<string, DataLoader<string, unknown[]>>;
}

const resolvers = {
  Query: {
    article: async (_: unknown, { slug }: { slug: string }, ctx: Ctx) =>
      (await ctx.store.articlesBySlugs([slug]))[0],
  },
  Article: {
    entities: (a: ArticleRow, _: unknown, ctx: Ctx) => ctx.loaders.entities!.load(a.id),
    quotes: (a: ArticleRow, _: unknown, ctx: Ctx) => ctx.loaders.quotes!.load(a.id),
    events: (a: ArticleRow, _: unknown, ctx: Ctx) => ctx.loaders.events!.load(a.id),
  },
  Entity: {
    roles: (e: EntityRow, _: unknown, ctx: Ctx) => ctx.loaders.roles!.load(e.id),
    mentions: (e: EntityRow, _: unknown, ctx: Ctx) => ctx.loaders.mentions!.load(e.id),
  },
  Quote: { speaker: (q: { speakerId: string }, _: unknown, ctx: Ctx) => ctx.entity.load(q.speakerId) },
  Event: {
    location: (e: EventRow, _: unknown, ctx: Ctx) => (e.locationId ? ctx.entity.load(e.locationId) : null),
    participants: (e: EventRow, _: unknown, ctx: Ctx) => ctx.loaders.participants!.load(e.id),
  },
  Participant: { entity: (p: { entityId: string }, _: unknown, ctx: Ctx) => ctx.entity.load(p.entityId) },
};

/** Starts the stock Apollo baseline on a free port; returns its URL and a stop function. */
export async function startStockApollo(store: Store) {
  const server = new ApolloServer<Ctx>({ typeDefs, resolvers });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: "127.0.0.1" },
    context: async () => ({
      store,
      entity: new DataLoader((ids: readonly string[]) => store.entitiesByIds(ids)),
      loaders: {
        entities: new DataLoader((ids: readonly string[]) => store.entitiesByArticleIds(ids)),
        quotes: new DataLoader((ids: readonly string[]) => store.quotesByArticleIds(ids)),
        events: new DataLoader((ids: readonly string[]) => store.eventsByArticleIds(ids)),
        roles: new DataLoader((ids: readonly string[]) => store.rolesByEntityIds(ids)),
        mentions: new DataLoader((ids: readonly string[]) => store.mentionsByEntityIds(ids)),
        participants: new DataLoader((ids: readonly string[]) => store.participantsByEventIds(ids)),
      } as Record<string, DataLoader<string, unknown[]>>,
    }),
  });
  return { url, stop: () => server.stop() };
}
