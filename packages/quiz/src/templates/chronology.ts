import type { DatePrecision, Event } from "@quizwire/content";
import type { GraphIndex } from "../graph/graph-index.js";
import { byCode } from "../text.js";
import type { QuestionCandidate } from "../types.js";
import { candidate } from "./shared.js";

const SIZE = 4;
const LENGTH: Record<DatePrecision, number> = { YEAR: 4, MONTH: 7, DAY: 10 };
/** Approximate days ("a week earlier") are only ordered against dates at least this far away. */
const APPROXIMATE_GAP_DAYS = 3;

/**
 * -1 or 1 when a is strictly before or after b, compared at the coarser of the two precisions; 0 when
 * the text does not settle it (same year, or approximate days too close together): a tie.
 */
export function compareDates(a: Event, b: Event): number {
  const cut = Math.min(LENGTH[a.date.precision], LENGTH[b.date.precision]);
  const x = a.date.iso.slice(0, cut);
  const y = b.date.iso.slice(0, cut);
  if (x === y) return 0;
  if (cut === 10 && (a.date.approximate || b.date.approximate)) {
    const days = Math.abs(Date.parse(x) - Date.parse(y)) / 86_400_000;
    if (days < APPROXIMATE_GAP_DAYS) return 0;
  }
  return x < y ? -1 : 1;
}

function gapDays(a: Event, b: Event): number {
  const cut = Math.min(LENGTH[a.date.precision], LENGTH[b.date.precision]);
  const pad = (iso: string) => `${iso.slice(0, cut)}${"-01-01".slice(cut - 4)}`;
  return Math.abs(Date.parse(pad(b.date.iso)) - Date.parse(pad(a.date.iso))) / 86_400_000;
}

function namesPlace(ix: GraphIndex, event: Event): boolean {
  const place = event.locationId ? ix.entity(event.locationId) : undefined;
  return !!place && [place.name, ...place.aliases].some((n) => event.title.includes(n));
}

/**
 * Put these events in order: chains of events that happened, every pair strictly ordered. Only
 * events whose date the article states: an inferred date (text null) is an editor's reading of the
 * story's order, not something the text lets a reader check.
 */
export function chronologyCandidates(ix: GraphIndex): QuestionCandidate[] {
  const dated = ix.graph.events
    .filter((e) => e.date.status === "OCCURRED" && e.date.text !== null)
    .sort((a, b) => byCode(a.date.iso, b.date.iso) || a.sequence - b.sequence || byCode(a.id, b.id));
  const out: QuestionCandidate[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < dated.length; i++) {
    const chain: Event[] = [];
    for (const e of dated.slice(i)) {
      if (chain.length === SIZE) break;
      if (chain.every((c) => compareDates(c, e) < 0)) chain.push(e);
    }
    if (chain.length < 3) continue;
    const id = chain.map((e) => e.id).join("+");
    if (seen.has(id)) continue;
    seen.add(id);
    const closest = Math.min(...chain.slice(1).map((e, k) => gapDays(chain[k]!, e)));
    out.push(
      candidate(
        {
          key: `order:${id}`,
          template: "order",
          skill: "chronology",
          prompt: "Put these events in the order they happened, earliest first.",
          factKey: `order:${id}`,
          // A title naming its place ("…, in Muscat") gives away where the event was held.
          facts: chain.flatMap((e) => [
            `event:${e.id}:date`,
            ...(namesPlace(ix, e) ? [`event:${e.id}:location`] : []),
          ]),
          explanation: `In order: ${chain.map((e) => `${e.title} (${e.date.text})`).join("; ")}.`,
          evidence: chain.flatMap((e) => [...e.evidence, ...(e.date.span ? [e.date.span] : [])]),
        },
        "ORDERING",
        chain.length >= SIZE || closest <= 7 ? "hard" : "medium",
        {
          options: chain.map((e) => ({ key: e.id, label: e.title, correct: true })),
          correctAnswer: chain.map((e) => e.title).join(" → "),
        },
      ),
    );
  }
  return out;
}
