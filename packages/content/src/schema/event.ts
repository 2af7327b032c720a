import { z } from "zod";
import { DateValueSchema } from "./date.js";
import { IdSchema } from "./entity.js";
import { ProvenanceSchema } from "./provenance.js";
import { SpanSchema } from "./span.js";

export const EVENT_KINDS = [
  "NEGOTIATION_ROUND",
  "MEETING",
  "VISIT",
  "INTERVIEW",
  "POST",
  "STATEMENT",
  "RATIFICATION",
  "WITHDRAWAL",
  "REPORT",
  "SIGNING",
  "DECISION",
  "ANNOUNCEMENT",
  "OTHER",
] as const;
export const EventKindSchema = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKindSchema>;

export const ParticipantSchema = z
  .object({
    entityId: IdSchema,
    /** What the participant did in the event, in plain words: "delegation lead", "host", "interviewer". */
    role: z.string().min(1),
  })
  .strict();
export type Participant = z.infer<typeof ParticipantSchema>;

export const EventSchema = z
  .object({
    id: IdSchema,
    kind: EventKindSchema,
    /** A short headline for the event: "Second round of US–Iran nuclear talks". */
    title: z.string().min(1),
    summary: z.string().optional(),
    date: DateValueSchema,
    locationId: IdSchema.optional(),
    participants: z.array(ParticipantSchema).default([]),
    evidence: z.array(SpanSchema).min(1),
    /** Order of the event in the story's own timeline (1 = earliest); ties allowed. */
    sequence: z.number().int().nonnegative(),
    provenance: ProvenanceSchema,
  })
  .strict();
export type Event = z.infer<typeof EventSchema>;
