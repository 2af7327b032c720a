import type { Predicate } from "@quizwire/content";
import type { GraphIndex } from "../graph/graph-index.js";
import { refer } from "../graph/refer.js";
import type { QuestionCandidate } from "../types.js";
import { entityDistractors, trueFalsePair } from "./shared.js";

const PHRASES: Partial<Record<Predicate, string>> = {
  CRITIC_OF: "is a critic of",
  ALLY_OF: "is an ally of",
  OPPOSES: "opposed",
  ADVOCATES: "backed",
};
const SYMMETRIC = new Set<Predicate>(["ALLY_OF"]);
/** The stance a swapped statement should contradict: backing what one is said to oppose, and back. */
const CONTRARY: Partial<Record<Predicate, Predicate>> = { ADVOCATES: "OPPOSES", OPPOSES: "ADVOCATES" };

/**
 * Whether swapping the object keeps the statement fair: stances are the article's own positions;
 * swapping one agreement for another could be true in the world though the article is silent.
 */
function swappable(predicate: Predicate, objectKind: string): boolean {
  if (predicate === "ADVOCATES" || predicate === "OPPOSES") return objectKind === "POSITION";
  return objectKind === "COUNTRY";
}

/** True or false: who is a critic or ally of whom, who argued for what (by swapping the object). */
export function stanceCandidates(ix: GraphIndex): QuestionCandidate[] {
  const out: QuestionCandidate[] = [];
  for (const r of ix.relationsWith(Object.keys(PHRASES) as Predicate[])) {
    const subject = ix.entity(r.subjectId);
    const object = ix.entity(r.objectId);
    const phrase = PHRASES[r.predicate];
    if (!subject || !object || !phrase || subject.kind === "GROUP" || !swappable(r.predicate, object.kind))
      continue;
    // A stance held by the subject's faction counts as the subject's own.
    const sides = [subject.id, ...ix.groupsOf(subject.id)];
    const holds = (id: string) =>
      sides.some((s) => ix.has(s, [r.predicate], id)) ||
      (SYMMETRIC.has(r.predicate) && ix.has(id, [r.predicate], subject.id));
    const contrary = CONTRARY[r.predicate];
    const against = (id: string) => (contrary ? sides.some((s) => ix.has(s, [contrary], id)) : false);
    const swap = entityDistractors(ix, object, (e) => holds(e.id) || e.id === subject.id, object.id).sort(
      (a, b) => Number(against(b.key)) - Number(against(a.key)),
    )[0];
    if (!swap) continue;
    const name = (id: string) => refer(ix.entity(id)!, ix.body);
    out.push(
      ...trueFalsePair(
        {
          key: `tf-stance:${r.id}`,
          template: "tf-stance",
          skill: "fact-check",
          prompt: "",
          factKey: `rel:${r.subjectId}:${r.predicate}:${r.objectId}`,
          // One stance question per subject: false variants of two stances can read the same.
          facts: [`stance:${subject.id}`, ...[...ix.groupsOf(subject.id)].map((g) => `faction:${g}`)],
          explanation: `${subject.name} ${phrase} ${name(object.id)}.`,
          evidence: r.evidence.map((s) => ix.sentenceOf(s)),
        },
        {
          truth: `${subject.name} ${phrase} ${name(object.id)}.`,
          falsehood: `${subject.name} ${phrase} ${name(swap.key)}.`,
          close: swap.close,
          correction: `The article does not say ${subject.name} ${phrase} ${name(swap.key)}.`,
        },
      ),
    );
  }
  return out;
}
