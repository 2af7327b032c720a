import { z } from "zod";
import { DateValueSchema } from "./date.js";
import { IdSchema } from "./entity.js";
import { ProvenanceSchema } from "./provenance.js";
import { SpanSchema } from "./span.js";

/** DIRECT: a whole quoted utterance; PARTIAL: a few quoted words inside reported speech; PARAPHRASE: reported speech without quotation marks. */
export const QUOTE_KINDS = ["DIRECT", "PARTIAL", "PARAPHRASE"] as const;
export const QuoteKindSchema = z.enum(QUOTE_KINDS);
export type QuoteKind = z.infer<typeof QuoteKindSchema>;

/** How ingestion decided who spoke; CURATED for editor-made quotes. */
export const SPEAKER_RESOLUTIONS = [
  "CURATED",
  "EXPLICIT_NAME",
  "SURNAME",
  "TITLE",
  "PRONOUN",
  "PREVIOUS_SPEAKER",
  "UNRESOLVED",
] as const;

export const QuoteSchema = z
  .object({
    id: IdSchema,
    speakerId: IdSchema,
    /** DIRECT/PARTIAL: the words inside the quotation marks, exactly. PARAPHRASE: the reported statement as the body words it. */
    text: z.string().min(1),
    kind: QuoteKindSchema,
    /** How the words reached the public, in plain words: "interview with Fox News", "post on X", "to reporters". */
    channel: z.string().optional(),
    /** The outlet or platform of the channel (Fox News, X), when there is one. */
    channelEntityId: IdSchema.optional(),
    /** The event at which it was said (an interview, a post, a statement). */
    eventId: IdSchema.optional(),
    date: DateValueSchema.optional(),
    /** The span holding the quoted words (DIRECT/PARTIAL) or the reported statement (PARAPHRASE); its text contains `text`. */
    evidence: SpanSchema,
    speakerResolution: z.enum(SPEAKER_RESOLUTIONS).default("CURATED"),
    provenance: ProvenanceSchema,
  })
  .strict();
export type Quote = z.infer<typeof QuoteSchema>;
