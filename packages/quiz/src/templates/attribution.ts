import type { GraphIndex } from "../graph/graph-index.js";
import { upperFirst, wordKey } from "../text.js";
import type { QuestionCandidate } from "../types.js";
import { askableSpeaker, quoteClause, quoteEvidence, quoteFacts } from "./quote-clause.js";
import { entityDistractors, multipleChoice, trueFalsePair } from "./shared.js";

/** Who said this / who made this statement: a quote's speaker among people who did not say it. */
export function attributionCandidates(ix: GraphIndex): QuestionCandidate[] {
  const out: QuestionCandidate[] = [];
  for (const quote of ix.quotes) {
    const speaker = askableSpeaker(ix, quote);
    if (!speaker) continue;
    const sameWords = wordKey(quote.text);
    const alsoSaid = new Set(ix.quotes.filter((q) => wordKey(q.text) === sameWords).map((q) => q.speakerId));
    // Others at the same event (the author of a message its bearer delivered) are too close to call wrong.
    const event = quote.eventId ? ix.events.get(quote.eventId) : undefined;
    for (const p of event?.participants ?? []) alsoSaid.add(p.entityId);
    const clause = quoteClause(ix, quote, speaker);
    if (!clause) continue;
    const base = {
      key: `who-said:${quote.id}`,
      template: "who-said",
      skill: "attribution" as const,
      prompt: `Who ${clause}?`,
      factKey: `quote:${quote.id}`,
      facts: quoteFacts(quote),
      explanation: `${upperFirst(speaker.name)} ${clause}.`,
      evidence: quoteEvidence(ix, quote, speaker),
    };
    const supply = entityDistractors(ix, speaker, (e) => alsoSaid.has(e.id));
    const mc = multipleChoice(base, { key: speaker.id, label: speaker.name }, supply);
    if (mc) out.push(mc);
    const swap = supply[0];
    if (swap) {
      out.push(
        ...trueFalsePair(
          { ...base, key: `tf-who-said:${quote.id}`, template: "tf-who-said", skill: "fact-check" },
          {
            truth: `${speaker.name} ${clause}.`,
            falsehood: `${swap.label} ${clause}.`,
            close: swap.close,
            correction: `It was ${speaker.name}, not ${swap.label}.`,
          },
        ),
      );
    }
  }
  return out;
}
