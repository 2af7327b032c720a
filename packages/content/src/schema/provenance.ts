import { z } from "zod";

/** How a fact was made: by an editor (CURATED) or by one of the extraction methods. */
export const METHODS = [
  "CURATED",
  "NER",
  "GAZETTEER",
  "ALIAS_REGISTRY",
  "TITLE_PATTERN",
  "COREFERENCE",
  "QUOTE_PATTERN",
  "DATE_PARSER",
  "EVENT_PATTERN",
  "HEURISTIC",
] as const;
export const MethodSchema = z.enum(METHODS);
export type Method = z.infer<typeof MethodSchema>;

/** DRAFT: made by ingestion and not yet reviewed; CURATED: written or confirmed by an editor. */
export const CURATION_STATUSES = ["DRAFT", "CURATED"] as const;
export const CurationStatusSchema = z.enum(CURATION_STATUSES);
export type CurationStatus = z.infer<typeof CurationStatusSchema>;

export const ProvenanceSchema = z
  .object({
    method: MethodSchema,
    /** 0..1; curated facts are 1. */
    confidence: z.number().min(0).max(1),
    status: CurationStatusSchema,
  })
  .strict();
export type Provenance = z.infer<typeof ProvenanceSchema>;

export const CURATED: Provenance = { method: "CURATED", confidence: 1, status: "CURATED" };
