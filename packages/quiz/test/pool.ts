import { GraphIndex } from "../src/graph/graph-index.js";
import type { QuestionCandidate } from "../src/types.js";
import { miniGraph } from "./fixtures/smoke-mini.js";

/** The fixture graph's index, for template tests. */
export const ix = new GraphIndex(miniGraph);

export function wrongLabels(c: QuestionCandidate): string[] {
  return c.options.filter((o) => !o.correct).map((o) => o.label);
}

export function rightLabels(c: QuestionCandidate): string[] {
  return c.options.filter((o) => o.correct).map((o) => o.label);
}

export function byKey(candidates: QuestionCandidate[], key: string): QuestionCandidate {
  const found = candidates.find((c) => c.key === key);
  if (!found) throw new Error(`no candidate ${key}; have ${candidates.map((c) => c.key).join(", ")}`);
  return found;
}
