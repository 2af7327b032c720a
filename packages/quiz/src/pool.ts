import type { AnnotatedArticle } from "@quizwire/content";
import { GraphIndex } from "./graph/graph-index.js";
import { agreementCandidates } from "./templates/agreements.js";
import { attributionCandidates } from "./templates/attribution.js";
import { chronologyCandidates } from "./templates/chronology.js";
import { clozeCandidates } from "./templates/cloze.js";
import { factionCandidates } from "./templates/factions.js";
import { matchingCandidates } from "./templates/matching.js";
import { placeCandidates } from "./templates/places.js";
import { roleCandidates } from "./templates/roles.js";
import { sourceCandidates } from "./templates/sources.js";
import { stanceCandidates } from "./templates/stances.js";
import type { QuestionCandidate } from "./types.js";

const TEMPLATES = [
  attributionCandidates,
  roleCandidates,
  placeCandidates,
  sourceCandidates,
  agreementCandidates,
  factionCandidates,
  stanceCandidates,
  chronologyCandidates,
  matchingCandidates,
  clozeCandidates,
];

/** Every question the article's graph supports, in a stable order (the same graph gives the same pool). */
export function questionPool(graph: AnnotatedArticle): QuestionCandidate[] {
  const ix = new GraphIndex(graph);
  const seen = new Set<string>();
  return TEMPLATES.flatMap((t) => t(ix)).filter((c) => {
    if (seen.has(c.key)) return false;
    seen.add(c.key);
    return true;
  });
}
