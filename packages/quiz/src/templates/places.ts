import type { Entity, Event } from "@quizwire/content";
import type { GraphIndex } from "../graph/graph-index.js";
import { placeNoun } from "../graph/kinds.js";
import { isCommonPhrase, lowerFirstIfCommon, upperFirst } from "../text.js";
import type { QuestionCandidate } from "../types.js";
import { entityDistractors, multipleChoice, trueFalsePair } from "./shared.js";

function mentionsPlace(event: Event, place: Entity): boolean {
  return [place.name, ...place.aliases].some((n) => event.title.includes(n));
}

/** The event as the subject of a sentence: "the second round of talks" or its title in quotes. */
function eventPhrase(ix: GraphIndex, event: Event): { noun: string; common: boolean } {
  const common = isCommonPhrase(event.title, ix.body);
  return { noun: common ? `the ${lowerFirstIfCommon(event.title, ix.body)}` : event.title, common };
}

/** Where was event E held: its location among places of the same kind that did not host it. */
export function placeCandidates(ix: GraphIndex): QuestionCandidate[] {
  const out: QuestionCandidate[] = [];
  for (const event of ix.graph.events) {
    const place = event.locationId ? ix.entity(event.locationId) : undefined;
    if (!place || mentionsPlace(event, place)) continue;
    const scheduled = event.date.status === "SCHEDULED";
    const { noun, common } = eventPhrase(ix, event);
    const where = placeNoun(place.kind);
    const prompt = common
      ? `In which ${where} ${scheduled ? "is" : "was"} ${noun} ${scheduled ? "to be held" : "held"}?`
      : `In which ${where} ${scheduled ? "is this to take place" : "did this take place"}: ${noun}?`;
    const otherHosts = new Set(ix.graph.events.filter((e) => e.kind === event.kind).map((e) => e.locationId));
    const supply = entityDistractors(ix, place, () => false).map((d) => ({
      ...d,
      close: d.close || otherHosts.has(d.key),
    }));
    supply.sort((a, b) => Number(b.close) - Number(a.close));
    const verb = scheduled ? "is to be held" : "was held";
    const base = {
      key: `where:${event.id}`,
      template: "where",
      skill: "places" as const,
      prompt,
      factKey: `event:${event.id}:location`,
      explanation: `${upperFirst(noun)} ${verb} in ${place.name}.`,
      evidence: event.evidence.map((s) => ix.sentenceOf(s)),
    };
    const mc = multipleChoice(base, { key: place.id, label: place.name }, supply);
    if (mc) out.push(mc);
    const swap = supply[0];
    if (swap) {
      const subject = common ? upperFirst(noun) : `“${event.title}”`;
      out.push(
        ...trueFalsePair(
          { ...base, key: `tf-where:${event.id}`, template: "tf-where", skill: "fact-check" },
          {
            truth: `${subject} ${verb} in ${place.name}.`,
            falsehood: `${subject} ${verb} in ${swap.label}.`,
            close: swap.close,
            correction: `Not in ${swap.label}.`,
          },
        ),
      );
    }
  }
  return out;
}
