import type { Entity, Span } from "@quizwire/content";
import type { GraphIndex } from "../graph/graph-index.js";
import type { Difficulty, QuestionCandidate, QuestionType, Skill } from "../types.js";

/** Multiple-choice questions show the answer and exactly this many distractors. */
export const MC_DISTRACTORS = 3;

export interface Option {
  key: string;
  label: string;
}

export interface Distractor extends Option {
  /** A close distractor is easy to confuse with the answer (same faction, same country). */
  close: boolean;
}

/** What every candidate has besides its options. */
export interface CandidateBase {
  key: string;
  template: string;
  skill: Skill;
  prompt: string;
  factKey: string;
  /** Further facts the question touches; the fact key is always included. */
  facts?: string[];
  explanation: string;
  evidence: Span[];
}

function finish(
  base: CandidateBase,
  type: QuestionType,
  difficulty: Difficulty,
  rest: Partial<QuestionCandidate> & Pick<QuestionCandidate, "options" | "correctAnswer">,
): QuestionCandidate {
  const facts = [...new Set([base.factKey, ...(base.facts ?? [])])];
  // Built field by field: spreading objects of many shapes was the costliest step of a pool.
  const c: QuestionCandidate = {
    key: base.key,
    template: base.template,
    type,
    skill: base.skill,
    difficulty,
    prompt: base.prompt,
    factKey: base.factKey,
    facts,
    options: rest.options,
    correctAnswer: rest.correctAnswer,
    explanation: base.explanation,
    evidence: dedupeSpans(base.evidence),
  };
  if (rest.pairs) c.pairs = rest.pairs;
  if (rest.accepted) c.accepted = rest.accepted;
  if (rest.truth !== undefined) c.truth = rest.truth;
  return c;
}

/** Entities of the answer's kind family, not excluded, closest first: the distractor supply. */
export function entityDistractors(
  ix: GraphIndex,
  answer: Entity,
  excluded: (e: Entity) => boolean,
  closeTo: string = answer.id,
): Distractor[] {
  return ix
    .family(answer)
    .filter((e) => e.id !== answer.id && !excluded(e))
    .map((e) => ({ key: e.id, label: e.name, close: ix.close(closeTo, e.id) }))
    .sort((a, b) => Number(b.close) - Number(a.close));
}

/** A multiple-choice candidate, or nothing when fewer than three distractors exist. */
export function multipleChoice(
  base: CandidateBase,
  answer: Option,
  supply: Distractor[],
): QuestionCandidate | undefined {
  const seen = new Set([answer.label.toLowerCase()]);
  const picked: Distractor[] = [];
  for (const d of supply) {
    if (picked.length === MC_DISTRACTORS) break;
    if (seen.has(d.label.toLowerCase())) continue;
    seen.add(d.label.toLowerCase());
    picked.push(d);
  }
  if (picked.length < MC_DISTRACTORS) return undefined;
  const close = picked.filter((d) => d.close).length;
  const difficulty: Difficulty = close >= 3 ? "hard" : close === 2 ? "medium" : "easy";
  return finish(base, "MULTIPLE_CHOICE", difficulty, {
    options: [
      { ...answer, correct: true },
      ...picked.map((d) => ({ key: d.key, label: d.label, correct: false })),
    ],
    correctAnswer: answer.label,
  });
}

/**
 * A true statement and a false one made by swapping one fact, as two variants of one question (same
 * facts): the quiz picks one, which lets it balance true and false answers.
 */
export function trueFalsePair(
  base: CandidateBase,
  statements: { truth: string; falsehood: string; close: boolean; correction: string },
): QuestionCandidate[] {
  const difficulty: Difficulty = statements.close ? "medium" : "easy";
  const variant = (truth: boolean): QuestionCandidate =>
    finish(
      {
        ...base,
        key: `${base.key}:${truth}`,
        prompt: `True or false? ${truth ? statements.truth : statements.falsehood}`,
        explanation: truth ? base.explanation : `${statements.correction} ${base.explanation}`,
      },
      "TRUE_FALSE",
      difficulty,
      {
        options: [
          { key: "true", label: "True", correct: truth },
          { key: "false", label: "False", correct: !truth },
        ],
        truth,
        correctAnswer: truth ? "True" : "False",
      },
    );
  return [variant(true), variant(false)];
}

export { finish as candidate };

/**
 * The evidence, plus the sentence naming the entity nearest to it (before it if possible) when no
 * span of the evidence names it already: the reader should see the answer in the proof.
 */
export function withNaming(ix: GraphIndex, evidence: Span[], entity: Entity): Span[] {
  const first = evidence[0];
  const names = entity.mentions;
  if (!first || names.some((m) => evidence.some((s) => s.start <= m.start && m.end <= s.end)))
    return evidence;
  const before = names.filter((m) => m.end <= first.start).at(-1);
  const nearest = before ?? names.find((m) => m.start >= first.start);
  return nearest ? [...evidence, ix.sentenceOf(nearest)] : evidence;
}

export function dedupeSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans
    .filter((s) => {
      const k = `${s.start}:${s.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.start - b.start);
}
