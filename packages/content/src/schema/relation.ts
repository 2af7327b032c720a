import { z } from "zod";
import { IdSchema } from "./entity.js";
import { ProvenanceSchema } from "./provenance.js";
import { SpanSchema } from "./span.js";

export const PREDICATES = [
  "MEMBER_OF",
  "LEADS",
  "ALLY_OF",
  "ADVOCATES",
  "OPPOSES",
  "CRITIC_OF",
  "INTERVIEWED_BY",
  "REPORTED_BY",
  "PARTY_TO",
  "WITHDREW_FROM",
  "RATIFIED",
  "LOCATED_IN",
  "REPRESENTS",
  "SENT_BY",
  "OTHER",
] as const;
export const PredicateSchema = z.enum(PREDICATES);
export type Predicate = z.infer<typeof PredicateSchema>;

export const RelationSchema = z
  .object({
    id: IdSchema,
    subjectId: IdSchema,
    predicate: PredicateSchema,
    objectId: IdSchema,
    /** Optional words qualifying the relation ("strategic ally"). */
    label: z.string().optional(),
    evidence: z.array(SpanSchema).min(1),
    provenance: ProvenanceSchema,
  })
  .strict();
export type Relation = z.infer<typeof RelationSchema>;
