import type { z } from "zod";
import { type AnnotatedArticle, type Article, ArticleSchema } from "../schema/article.js";
import { type Entity, EntitySchema } from "../schema/entity.js";
import { type Event, EventSchema } from "../schema/event.js";
import { type Quote, QuoteSchema } from "../schema/quote.js";
import { type Relation, RelationSchema } from "../schema/relation.js";

export const FACT_SECTIONS = ["entities", "quotes", "events", "relations"] as const;
export type FactSection = (typeof FACT_SECTIONS)[number];

/** Where an id is declared: the section and index of the fact that carries it. */
export interface IdOwner {
  section: FactSection | "article";
  index: number;
}

/**
 * The parts of an annotated article that passed the schema, each at its original index (a hole
 * where a fact did not parse), so the checks beyond the schema can run even when the schema failed.
 */
export interface ArticleParts {
  /** The body, when it is a string, even if the rest of the article did not parse. */
  body?: string;
  article?: Article;
  entities: (Entity | undefined)[];
  quotes: (Quote | undefined)[];
  events: (Event | undefined)[];
  relations: (Relation | undefined)[];
  /** Every declared id, also of facts that did not parse, so references to them do not count as dangling. */
  ids: Map<string, IdOwner[]>;
}

/** Parts of a file that passed the schema as a whole. */
export function partsOf(value: AnnotatedArticle): ArticleParts {
  return { body: value.article.body, ...value, ids: collectIds(value) };
}

/**
 * Parts of a file that failed the schema: each section and each fact parsed on its own, ignoring
 * unknown fields (already reported) so that a typo in one field does not hide the fact's other errors.
 */
export function salvageParts(data: unknown): ArticleParts {
  const record = asRecord(data);
  const rawArticle = asRecord(record.article);
  const article = ArticleSchema.strip().safeParse(rawArticle);
  return {
    body: typeof rawArticle.body === "string" ? rawArticle.body : undefined,
    article: article.success ? article.data : undefined,
    entities: parseEach(record.entities, EntitySchema.strip()),
    quotes: parseEach(record.quotes, QuoteSchema.strip()),
    events: parseEach(record.events, EventSchema.strip()),
    relations: parseEach(record.relations, RelationSchema.strip()),
    ids: collectIds(record),
  };
}

function parseEach<T>(list: unknown, schema: z.ZodType<T>): (T | undefined)[] {
  if (!Array.isArray(list)) return [];
  return list.map((item) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? parsed.data : undefined;
  });
}

function collectIds(record: Record<string, unknown>): Map<string, IdOwner[]> {
  const ids = new Map<string, IdOwner[]>();
  const add = (id: unknown, owner: IdOwner) => {
    if (typeof id !== "string") return;
    ids.set(id, [...(ids.get(id) ?? []), owner]);
  };
  add(asRecord(record.article).id, { section: "article", index: 0 });
  for (const section of FACT_SECTIONS) {
    const list = record[section];
    if (!Array.isArray(list)) continue;
    for (const [index, item] of list.entries()) add(asRecord(item).id, { section, index });
  }
  return ids;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
