import { z } from "zod";
import { ProvenanceSchema } from "./provenance.js";
import { SpanSchema } from "./span.js";

export const ENTITY_KINDS = [
  "PERSON",
  "ORGANIZATION",
  "GOVERNMENT",
  "MEDIA_OUTLET",
  "PLATFORM",
  "COUNTRY",
  "CITY",
  "REGION",
  "AGREEMENT",
  "LAW",
  "PROGRAM",
  "GROUP",
  "POSITION",
  "OTHER",
] as const;
export const EntityKindSchema = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof EntityKindSchema>;

/** Kinds that are places: they can be an event's location. */
export const PLACE_KINDS: readonly EntityKind[] = ["COUNTRY", "CITY", "REGION"];

export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, "ids are lower-case words joined by - _ or . (e.g. 'mike-waltz')");

/** A post or title an entity holds according to the article, e.g. "National Security Advisor". */
export const RoleSchema = z
  .object({
    title: z.string().min(1),
    /** The entity the post belongs to (e.g. the country or organisation), when the text says. */
    ofId: IdSchema.optional(),
    /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) at which the article says the role was held. */
    asOf: z.string().optional(),
    /** True when the text calls it a former post ("former Pentagon advisor"). */
    former: z.boolean().default(false),
    /** Spans whose text contains the title. */
    evidence: z.array(SpanSchema).min(1),
  })
  .strict();
export type Role = z.infer<typeof RoleSchema>;

export const EntitySchema = z
  .object({
    id: IdSchema,
    kind: EntityKindSchema,
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    description: z.string().optional(),
    roles: z.array(RoleSchema).default([]),
    /** Every place the body names the entity; each text is the name or one of the aliases. */
    mentions: z.array(SpanSchema).default([]),
    provenance: ProvenanceSchema,
  })
  .strict();
export type Entity = z.infer<typeof EntitySchema>;
