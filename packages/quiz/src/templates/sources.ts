import type { Entity } from "@quizwire/content";
import type { GraphIndex } from "../graph/graph-index.js";
import { lowerFirstIfCommon, trimClause, upperFirst } from "../text.js";
import type { QuestionCandidate } from "../types.js";
import { quoteEvidence } from "./quote-clause.js";
import { entityDistractors, multipleChoice, trueFalsePair } from "./shared.js";

const OUTLET_KINDS = new Set(["MEDIA_OUTLET", "PLATFORM"]);

/** Which outlet carried a quote, interviewed someone or reported something. */
export function sourceCandidates(ix: GraphIndex): QuestionCandidate[] {
  const out: QuestionCandidate[] = [];
  const asked = new Set<string>();
  for (const quote of ix.quotes) {
    const outlet = quote.channelEntityId ? ix.entity(quote.channelEntityId) : undefined;
    const speaker = ix.entity(quote.speakerId);
    if (!outlet || !speaker || !OUTLET_KINDS.has(outlet.kind)) continue;
    if (quote.text.includes(outlet.name)) continue;
    const words = quote.kind === "PARAPHRASE" ? `that ${trimClause(quote.text)}` : `“${quote.text}”`;
    const sameWords = ix.quotes.filter((q) => q.speakerId === speaker.id && q.text === quote.text);
    const carried = new Set(sameWords.map((q) => q.channelEntityId));
    asked.add(`${speaker.id}>${outlet.id}`);
    out.push(
      ...outletQuestions(ix, outlet, (id) => carried.has(id) || ix.has(speaker.id, ["INTERVIEWED_BY"], id), {
        key: `outlet-quote:${quote.id}`,
        prompt: `Where did ${speaker.name} say ${words}?`,
        statement: (o) => `${o} carried ${speaker.name}’s remark ${words}.`,
        factKey: `quote:${quote.id}`,
        facts: [`outlet:${speaker.id}:${outlet.id}`],
        explanation: `${speaker.name} said it ${quote.channel ? `in ${quote.channel}` : `on ${outlet.name}`}.`,
        evidence: quoteEvidence(ix, quote, speaker),
      }),
    );
  }
  for (const r of ix.relationsWith(["INTERVIEWED_BY", "REPORTED_BY"])) {
    const outlet = ix.entity(r.objectId);
    if (!outlet || !OUTLET_KINDS.has(outlet.kind) || asked.has(`${r.subjectId}>${outlet.id}`)) continue;
    const event = ix.events.get(r.subjectId);
    const subject = event ? lowerFirstIfCommon(event.title, ix.body) : ix.name(r.subjectId);
    const interviewed = r.predicate === "INTERVIEWED_BY";
    if (interviewed && event) continue;
    out.push(
      ...outletQuestions(ix, outlet, (id) => ix.has(r.subjectId, [r.predicate], id), {
        key: `outlet-rel:${r.id}`,
        prompt: interviewed ? `Which outlet interviewed ${subject}?` : `Which outlet reported on ${subject}?`,
        statement: (o) => (interviewed ? `${o} interviewed ${subject}.` : `${o} reported on ${subject}.`),
        factKey: `outlet:${r.subjectId}:${outlet.id}`,
        facts: [],
        explanation: `${outlet.name} ${interviewed ? "interviewed" : "reported on"} ${subject}.`,
        evidence: r.evidence.map((s) => ix.sentenceOf(s)),
      }),
    );
  }
  return out;
}

interface OutletSpec {
  key: string;
  prompt: string;
  statement: (outlet: string) => string;
  factKey: string;
  facts: string[];
  explanation: string;
  evidence: QuestionCandidate["evidence"];
}

function outletQuestions(
  ix: GraphIndex,
  outlet: Entity,
  alsoTrue: (id: string) => boolean,
  spec: OutletSpec,
): QuestionCandidate[] {
  const supply = entityDistractors(ix, outlet, (e) => alsoTrue(e.id));
  const base = { ...spec, template: "outlet", skill: "sources" as const };
  const out: QuestionCandidate[] = [];
  const mc = multipleChoice(base, { key: outlet.id, label: outlet.name }, supply);
  if (mc) out.push(mc);
  const swap = supply[0];
  if (swap) {
    out.push(
      ...trueFalsePair(
        { ...base, key: `tf-${spec.key}`, template: "tf-outlet", skill: "fact-check" },
        {
          truth: upperFirst(spec.statement(outlet.name)),
          falsehood: upperFirst(spec.statement(swap.label)),
          close: swap.close,
          correction: `It was ${outlet.name}, not ${swap.label}.`,
        },
      ),
    );
  }
  return out;
}
