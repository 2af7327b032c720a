import type { Entity, Predicate, Relation } from "@quizwire/content";
import type { GraphIndex } from "../graph/graph-index.js";
import { refer } from "../graph/refer.js";
import { upperFirst } from "../text.js";
import type { QuestionCandidate } from "../types.js";
import { entityDistractors, multipleChoice, trueFalsePair, withNaming } from "./shared.js";

const VERBS: Partial<Record<Predicate, { past: string; base: string }>> = {
  WITHDREW_FROM: { past: "withdrew from", base: "withdraw from" },
  RATIFIED: { past: "ratified", base: "ratify" },
  PARTY_TO: { past: "was a party to", base: "become a party to" },
};

/** "Who" for people, "Which country" for countries, and so on. */
function whoWord(kind: string): string {
  if (kind === "PERSON") return "Who";
  if (kind === "COUNTRY") return "Which country";
  return "Which of these";
}

/** Which agreement did X ratify or withdraw from, and who did. */
export function agreementCandidates(ix: GraphIndex): QuestionCandidate[] {
  const out: QuestionCandidate[] = [];
  for (const r of ix.relationsWith(["WITHDREW_FROM", "RATIFIED", "PARTY_TO"])) {
    const subject = ix.entity(r.subjectId);
    const object = ix.entity(r.objectId);
    const verb = VERBS[r.predicate];
    if (!subject || !object || !verb) continue;
    // "Who was a party to the US-Iran talks?" answers itself.
    if ([subject.name, ...subject.aliases].some((n) => object.name.includes(n))) continue;
    const definite = (e: Entity) => refer(e, ix.body);
    const base = {
      template: "agreement",
      skill: "agreements" as const,
      factKey: `rel:${r.predicate}:${r.objectId}`,
      facts: [`rel:${r.subjectId}:${r.predicate}`],
      explanation: `${upperFirst(definite(subject))} ${verb.past} ${definite(object)}.`,
      evidence: withNaming(
        ix,
        withNaming(
          ix,
          r.evidence.map((s) => ix.sentenceOf(s)),
          subject,
        ),
        object,
      ),
    };
    const whoSupply = entityDistractors(ix, subject, (e) => ix.has(e.id, [r.predicate], object.id));
    const who = multipleChoice(
      {
        ...base,
        key: `agreement-who:${r.id}`,
        prompt: `${whoWord(subject.kind)} ${verb.past} ${definite(object)}?`,
      },
      { key: subject.id, label: subject.name },
      whoSupply,
    );
    if (who) out.push(who);
    const whatSupply = entityDistractors(
      ix,
      object,
      (e) => ix.has(subject.id, [r.predicate], e.id),
      subject.id,
    );
    const what = multipleChoice(
      { ...base, key: `agreement-what:${r.id}`, prompt: `What did ${subject.name} ${verb.base}?` },
      { key: object.id, label: object.name },
      whatSupply,
    );
    if (what) out.push(what);
    // Parties to a treaty are often more than the article names, so swap the party, not the treaty.
    const otherObject = r.predicate === "PARTY_TO" ? undefined : whatSupply[0];
    out.push(...swapPair(ix, r, subject, object, verb.past, otherObject, whoSupply[0], base, definite));
  }
  return out;
}

function swapPair(
  ix: GraphIndex,
  r: Relation,
  subject: Entity,
  object: Entity,
  past: string,
  otherObject: { key: string; close: boolean } | undefined,
  otherSubject: { key: string; close: boolean } | undefined,
  base: Omit<Parameters<typeof trueFalsePair>[0], "key" | "prompt">,
  definite: (e: Entity) => string,
): QuestionCandidate[] {
  const truth = `${upperFirst(definite(subject))} ${past} ${definite(object)}.`;
  const tf = { ...base, key: `tf-agreement:${r.id}`, template: "tf-agreement", skill: "fact-check" as const };
  const swapObject = otherObject ? ix.entity(otherObject.key) : undefined;
  if (otherObject && swapObject) {
    return trueFalsePair(
      { ...tf, prompt: "" },
      {
        truth,
        falsehood: `${upperFirst(definite(subject))} ${past} ${definite(swapObject)}.`,
        close: otherObject.close,
        correction: `${subject.name} ${past} ${definite(object)}, not ${definite(swapObject)}.`,
      },
    );
  }
  const swapSubject = otherSubject ? ix.entity(otherSubject.key) : undefined;
  if (otherSubject && swapSubject) {
    return trueFalsePair(
      { ...tf, prompt: "" },
      {
        truth,
        falsehood: `${upperFirst(definite(swapSubject))} ${past} ${definite(object)}.`,
        close: otherSubject.close,
        correction: `It was ${subject.name}, not ${swapSubject.name}.`,
      },
    );
  }
  return [];
}
