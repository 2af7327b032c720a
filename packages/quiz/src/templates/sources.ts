import type { Entity } from "@quizwire/content";
import type { GraphIndex } from "../graph/graph-index.js";
import { lowerFirstIfCommon, upperFirst } from "../text.js";
import type { QuestionCandidate } from "../types.js";
import { askableSpeaker, quoteClause, quoteEvidence, quoteFacts } from "./quote-clause.js";
import { entityDistractors, multipleChoice, trueFalsePair } from "./shared.js";

const OUTLET_KINDS = new Set(["MEDIA_OUTLET", "PLATFORM"]);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Compiling these per call was a measurable share of building a pool.
const patterns = new Map<string, { channel: RegExp; bare: RegExp }>();

function namePatterns(name: string): { channel: RegExp; bare: RegExp } {
  let found = patterns.get(name);
  if (!found) {
    const n = escapeRegExp(name);
    found = {
      channel: new RegExp(`\\s+(?:on|in an interview with|to|via)\\s+${n}(?![\\p{L}])`, "gu"),
      bare: new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, "u"),
    };
    if (patterns.size > 10_000) patterns.clear();
    patterns.set(name, found);
  }
  return found;
}

/** The clause without the outlet's name, or nothing when the name cannot be taken out cleanly. */
function withoutOutlet(clause: string, outlets: Entity[]): string | undefined {
  let out = clause;
  for (const o of outlets) {
    for (const name of [o.name, ...o.aliases]) {
      const { channel, bare } = namePatterns(name);
      out = out.replace(channel, "");
      if (bare.test(out)) return undefined;
    }
  }
  return out;
}

/** Which outlet or platform carried a quote, or reported an event. */
export function sourceCandidates(ix: GraphIndex): QuestionCandidate[] {
  const out: QuestionCandidate[] = [];
  const outlets = ix.graph.entities.filter((e) => OUTLET_KINDS.has(e.kind));
  for (const quote of ix.quotes) {
    const outlet = quote.channelEntityId ? ix.entity(quote.channelEntityId) : undefined;
    const speaker = askableSpeaker(ix, quote);
    if (!outlet || !speaker || !OUTLET_KINDS.has(outlet.kind)) continue;
    const plain = quoteClause(ix, { ...quote, channel: undefined }, speaker);
    const clause = plain && withoutOutlet(plain, outlets);
    if (!clause) continue;
    const carried = new Set(
      ix.quotes
        .filter((q) => q.speakerId === speaker.id && q.text === quote.text)
        .map((q) => q.channelEntityId),
    );
    out.push(
      ...outletQuestions(ix, outlet, (id) => carried.has(id), {
        key: `outlet-quote:${quote.id}`,
        prompt: `Which outlet or platform carried this: ${speaker.name} ${clause}?`,
        statement: (o) => `${o} carried this: ${speaker.name} ${clause}.`,
        factKey: `quote:${quote.id}`,
        facts: [...quoteFacts(quote), `outlet:${speaker.id}:${outlet.id}`],
        explanation: `${speaker.name} said it ${quote.channel ? `in ${indefiniteChannel(quote.channel)}` : `on ${outlet.name}`}.`,
        evidence: quoteEvidence(ix, quote, speaker),
      }),
    );
  }
  for (const r of ix.relationsWith(["REPORTED_BY"])) {
    const outlet = ix.entity(r.objectId);
    const event = ix.events.get(r.subjectId);
    if (!outlet || !event || !OUTLET_KINDS.has(outlet.kind)) continue;
    const subject = lowerFirstIfCommon(event.title, ix.body);
    out.push(
      ...outletQuestions(ix, outlet, (id) => ix.has(r.subjectId, ["REPORTED_BY"], id), {
        key: `outlet-report:${r.id}`,
        prompt: `Which outlet reported on this: ${subject}?`,
        statement: (o) => `${o} reported on this: ${subject}.`,
        factKey: `outlet:${r.subjectId}:${outlet.id}`,
        facts: [],
        explanation: `${outlet.name} reported it.`,
        evidence: r.evidence.map((s) => ix.sentenceOf(s)),
      }),
    );
  }
  return out;
}

function indefiniteChannel(channel: string): string {
  if (/^(to|in|on|an?)\s/i.test(channel)) return channel.replace(/^(in|on)\s+/i, "");
  return `${/^[aeiou]/i.test(channel) ? "an" : "a"} ${channel}`;
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
