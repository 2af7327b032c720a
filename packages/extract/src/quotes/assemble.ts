import type { Quote } from "@quizwire/content";
import type { DateMention } from "../dates/find-dates.js";
import type { QuoteDraft } from "./draft.js";

/**
 * Orders quotes by position, drops a paraphrase that repeats a quoted sentence, dates each quote
 * by a date written in its evidence, and gives ids.
 */
export function assembleQuotes(drafts: QuoteDraft[], dates: DateMention[]): Quote[] {
  const sorted = [...drafts].sort((a, b) => a.at - b.at);
  const kept = sorted.filter(
    (d) =>
      d.kind !== "PARAPHRASE" ||
      !sorted.some(
        (o) =>
          o.kind !== "PARAPHRASE" &&
          o.at >= d.at &&
          o.at < d.evidence.end &&
          o.speaker.entityId === d.speaker.entityId,
      ),
  );
  return kept.map((d, i) => {
    const date = dates.find((x) => x.start >= d.evidence.start && x.end <= d.evidence.end);
    return {
      id: `quote-${i + 1}`,
      speakerId: d.speaker.entityId,
      text: d.text,
      kind: d.kind,
      ...(d.channel ? { channel: d.channel.channel } : {}),
      ...(d.channel?.channelEntityId ? { channelEntityId: d.channel.channelEntityId } : {}),
      ...(date ? { date: date.value } : {}),
      evidence: d.evidence,
      speakerResolution: d.speaker.resolution,
      provenance: {
        method:
          d.speaker.resolution === "PRONOUN" || d.speaker.resolution === "SURNAME"
            ? "COREFERENCE"
            : d.speaker.resolution === "UNRESOLVED"
              ? "HEURISTIC"
              : "QUOTE_PATTERN",
        confidence: Math.round(d.speaker.confidence * 100) / 100,
        status: "DRAFT",
      },
    } satisfies Quote;
  });
}
