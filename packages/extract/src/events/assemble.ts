import type { Event } from "@quizwire/content";
import type { EventDraft } from "./find-events.js";

/**
 * Merges drafts that are the same event told twice (same kind and place, or same kind and the same
 * written date), then numbers them: ids in text order, sequence by date (ties share a number).
 */
export function assembleEvents(drafts: EventDraft[]): Event[] {
  const merged: EventDraft[] = [];
  for (const d of [...drafts].sort((a, b) => a.at - b.at)) {
    const same = merged.find(
      (m) =>
        m.kind === d.kind &&
        ((m.locationId &&
          m.locationId === d.locationId &&
          (!d.date.span || !m.date.span || m.date.iso === d.date.iso)) ||
          (m.date.span && d.date.span && m.date.iso === d.date.iso && m.kind !== "NEGOTIATION_ROUND")),
    );
    if (!same) {
      merged.push({ ...d, evidence: [...d.evidence], participants: [...d.participants] });
      continue;
    }
    if (!same.evidence.some((e) => e.start === d.evidence[0]!.start)) same.evidence.push(...d.evidence);
    for (const p of d.participants)
      if (!same.participants.some((q) => q.entityId === p.entityId)) same.participants.push(p);
    if (!same.date.span && d.date.span) same.date = d.date;
  }
  const days = [...new Set(merged.map((e) => e.date.iso))].sort();
  return merged.map(({ confidence, at: _at, ...e }, i) => ({
    ...e,
    id: `event-${i + 1}`,
    sequence: days.indexOf(e.date.iso) + 1,
    provenance: { method: "EVENT_PATTERN", confidence, status: "DRAFT" },
  }));
}
