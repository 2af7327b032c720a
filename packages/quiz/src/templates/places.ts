import type { Entity, Event } from "@quizwire/content";
import type { GraphIndex } from "../graph/graph-index.js";
import { placeNoun } from "../graph/kinds.js";
import { isCommonPhrase, lowerFirstIfCommon, upperFirst } from "../text.js";
import type { QuestionCandidate } from "../types.js";
import { entityDistractors, multipleChoice, trueFalsePair, withNaming } from "./shared.js";

function names(place: Entity): string[] {
  return [place.name, ...place.aliases];
}

/** The title without a trailing "in Rome" / "scheduled in Geneva"; undefined if the place is still named. */
export function titleWithoutPlace(event: Event, place: Entity): string | undefined {
  let title = event.title;
  for (const n of names(place)) {
    title = title.replace(
      new RegExp(`,?\\s+(?:scheduled\\s+)?(?:in|at)\\s+${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`),
      "",
    );
  }
  return names(place).some((n) => title.includes(n)) ? undefined : title;
}

/** Where was event E held: its location among places of the same kind that did not host it. */
export function placeCandidates(ix: GraphIndex): QuestionCandidate[] {
  const out: QuestionCandidate[] = [];
  const located = ix.graph.events.flatMap((e) => {
    const place = e.locationId ? ix.entity(e.locationId) : undefined;
    const title = place && titleWithoutPlace(e, place);
    return place && title ? [{ event: e, place, title }] : [];
  });
  for (const { event, place, title } of located) {
    // Events with the same title elsewhere ("Further round of talks") would make a distractor true.
    const twins = new Set(located.filter((x) => x.title === title).map((x) => x.place.id));
    const scheduled = event.date.status === "SCHEDULED";
    const common = isCommonPhrase(title, ix.body);
    const noun = common ? `the ${lowerFirstIfCommon(title, ix.body)}` : title;
    const where = placeNoun(place.kind);
    const prompt = common
      ? `In which ${where} ${scheduled ? "is" : "was"} ${noun} ${scheduled ? "to be held" : "held"}?`
      : `In which ${where} ${scheduled ? "is this to take place" : "did this take place"}: ${noun}?`;
    const otherHosts = new Set(ix.graph.events.filter((e) => e.kind === event.kind).map((e) => e.locationId));
    const supply = entityDistractors(ix, place, (e) => twins.has(e.id))
      .map((d) => ({ ...d, close: d.close || otherHosts.has(d.key) }))
      .sort((a, b) => Number(b.close) - Number(a.close));
    const verb = common
      ? scheduled
        ? "is to be held"
        : "was held"
      : scheduled
        ? "is to take place"
        : "took place";
    const subject = common ? upperFirst(noun) : `“${title}”`;
    const base = {
      key: `where:${event.id}`,
      template: "where",
      skill: "places" as const,
      prompt,
      factKey: `event:${event.id}:location`,
      explanation: `${subject} ${verb} in ${place.name}.`,
      evidence: withNaming(
        ix,
        event.evidence.map((s) => ix.sentenceOf(s)),
        place,
      ),
    };
    const mc = multipleChoice(base, { key: place.id, label: place.name }, supply);
    if (mc) out.push(mc);
    const swap = supply[0];
    if (swap) {
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
