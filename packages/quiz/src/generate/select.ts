import { type Random, shuffle } from "../random.js";
import { byCode } from "../text.js";
import type { QuestionCandidate, QuestionType } from "../types.js";

/** One question slot: a candidate, or the true and false variants of one statement. */
export interface Unit {
  key: string;
  type: QuestionType;
  template: string;
  facts: string[];
  variants: QuestionCandidate[];
}

export function toUnits(candidates: QuestionCandidate[]): Unit[] {
  const units = new Map<string, Unit>();
  for (const c of candidates) {
    const key = c.type === "TRUE_FALSE" ? c.key.replace(/:(true|false)$/, "") : c.key;
    const unit = units.get(key);
    if (unit) unit.variants.push(c);
    else units.set(key, { key, type: c.type, template: c.template, facts: c.facts, variants: [c] });
  }
  return [...units.values()];
}

function greedy(ordered: Unit[], count = Number.POSITIVE_INFINITY): Unit[] {
  const used = new Set<string>();
  const out: Unit[] = [];
  for (const u of ordered) {
    if (out.length >= count) break;
    if (u.facts.some((f) => used.has(f))) continue;
    for (const f of u.facts) used.add(f);
    out.push(u);
  }
  return out;
}

/**
 * The most questions the units allow without asking a fact twice, by a seed-free greedy pass that
 * takes questions touching fewer facts first. Generation can always reach this number.
 */
export function maxDisjoint(units: Unit[]): Unit[] {
  return greedy([...units].sort((a, b) => a.facts.length - b.facts.length || byCode(a.key, b.key)));
}

/** Round-robin over lists, taking one from each in turn. */
function interleave<T>(lists: T[][]): T[] {
  const out: T[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) {
    for (const l of lists) if (i < l.length) out.push(l[i]!);
  }
  return out;
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

/** Turns per round: a quiz reads best with mostly multiple-choice and true/false questions. */
const WEIGHTS: Record<QuestionType, number> = {
  MULTIPLE_CHOICE: 3,
  TRUE_FALSE: 2,
  MULTI_SELECT: 1,
  ORDERING: 1,
  MATCHING: 1,
  CLOZE: 1,
};

/**
 * A varied, seeded selection of `count` units with no fact repeated: types take weighted turns in a
 * seeded order, and within a type its templates take turns. Falls back to the seed-free maximum when
 * the varied pass falls short, so every count up to the maximum can be met.
 */
export function selectUnits(units: Unit[], count: number, random: Random): Unit[] {
  const byType = groupBy(units, (u) => u.type);
  const queues = new Map(
    [...byType.keys()].sort().map((type) => {
      const byTemplate = groupBy(byType.get(type)!, (u) => u.template);
      const templates = shuffle([...byTemplate.keys()].sort(), random);
      return [type, interleave(templates.map((t) => shuffle(byTemplate.get(t)!, random)))] as const;
    }),
  );
  const used = new Set<string>();
  const out: Unit[] = [];
  const round = shuffle(
    [...queues.keys()].flatMap((t) =>
      Array<QuestionType>(WEIGHTS[t as QuestionType]).fill(t as QuestionType),
    ),
    random,
  );
  while (out.length < count && [...queues.values()].some((q) => q.length > 0)) {
    for (const type of round) {
      if (out.length >= count) break;
      const queue = queues.get(type)!;
      while (queue.length > 0) {
        const u = queue.shift()!;
        if (u.facts.some((f) => used.has(f))) continue;
        for (const f of u.facts) used.add(f);
        out.push(u);
        break;
      }
    }
  }
  if (out.length >= count) return out;
  const bySize = shuffle(units, random).sort((a, b) => a.facts.length - b.facts.length);
  const compact = greedy(bySize, count);
  if (compact.length >= count) return shuffle(compact, random);
  return shuffle(maxDisjoint(units).slice(0, count), random);
}
