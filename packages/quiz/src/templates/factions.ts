import type { Entity } from "@quizwire/content";
import type { GraphIndex } from "../graph/graph-index.js";
import { refer } from "../graph/refer.js";
import { listNames, lowerFirstIfCommon } from "../text.js";
import type { QuestionCandidate } from "../types.js";
import { candidate, entityDistractors, trueFalsePair } from "./shared.js";

const MAX_DISTRACTORS = 3;

/** "the faction that argued for a more pragmatic approach", or the group's own name. */
export function factionPhrase(ix: GraphIndex, group: Entity): string {
  const stance = ix.relations.find((r) => r.subjectId === group.id && r.predicate === "ADVOCATES");
  const position = stance ? ix.entity(stance.objectId) : undefined;
  if (position) return `the faction that backed ${refer(position, ix.body)}`;
  return /^the\s/i.test(group.name) ? group.name : `the ${lowerFirstIfCommon(group.name, ix.body)}`;
}

/** Members and leaders of a group, by entity. */
export function members(ix: GraphIndex, groupId: string): Entity[] {
  const ids = new Set(
    ix
      .relationsWith(["MEMBER_OF", "LEADS"])
      .filter((r) => r.objectId === groupId)
      .map((r) => r.subjectId),
  );
  return ix.graph.entities.filter((e) => ids.has(e.id));
}

/** Who belonged to faction F (select all), and true/false statements of membership. */
export function factionCandidates(ix: GraphIndex): QuestionCandidate[] {
  const out: QuestionCandidate[] = [];
  for (const group of ix.graph.entities.filter((e) => e.kind === "GROUP")) {
    const inside = members(ix, group.id).filter((m) => m.kind === "PERSON");
    const first = inside[0];
    if (inside.length < 2 || !first) continue;
    const ids = new Set(inside.map((m) => m.id));
    const supply = entityDistractors(ix, first, (e) => ids.has(e.id)).map((d) => ({
      ...d,
      close: ix.groupsOf(d.key).size > 0,
    }));
    supply.sort((a, b) => Number(b.close) - Number(a.close));
    const phrase = factionPhrase(ix, group);
    const evidence = ix
      .relationsWith(["MEMBER_OF", "LEADS", "ADVOCATES"])
      .filter((r) => r.objectId === group.id || r.subjectId === group.id)
      .flatMap((r) => r.evidence.map((s) => ix.sentenceOf(s)));
    const names = listNames(inside.map((m) => m.name));
    const base = {
      skill: "factions" as const,
      factKey: `faction:${group.id}`,
      facts: inside.map((m) => `member:${m.id}:${group.id}`),
      explanation: `${names} belonged to ${phrase}.`,
      evidence,
    };
    const picked = supply.slice(0, MAX_DISTRACTORS);
    if (picked.length >= 2) {
      const close = picked.filter((d) => d.close).length;
      out.push(
        candidate(
          {
            ...base,
            key: `faction-members:${group.id}`,
            template: "faction-members",
            prompt: `Who belonged to ${phrase}? Select all that apply.`,
          },
          "MULTI_SELECT",
          close * 2 >= picked.length ? "hard" : "medium",
          {
            options: [
              ...inside.map((m) => ({ key: m.id, label: m.name, correct: true })),
              ...picked.map((d) => ({ key: d.key, label: d.label, correct: false })),
            ],
            correctAnswer: names,
          },
        ),
      );
    }
    const swap = supply[0];
    if (swap) {
      out.push(
        ...trueFalsePair(
          {
            ...base,
            key: `tf-faction:${group.id}`,
            template: "tf-faction",
            skill: "fact-check",
            prompt: "",
            facts: [...base.facts, ...[...ix.groupsOf(swap.key)].map((g) => `faction:${g}`)],
          },
          {
            truth: `${first.name} belonged to ${phrase}.`,
            falsehood: `${swap.label} belonged to ${phrase}.`,
            close: swap.close,
            correction: `${swap.label} was not part of it.`,
          },
        ),
      );
    }
  }
  return out;
}
