import type { Entity, Event, Relation } from "@quizwire/content";

/**
 * Relations an event implies: a person in an interview with an outlet is INTERVIEWED_BY it; a
 * person in a post on a platform, or an event an outlet reports, is REPORTED_BY that outlet.
 */
export function relationsFromEvents(events: Event[], entities: Map<string, Entity>): Relation[] {
  const out: Relation[] = [];
  for (const e of events) {
    const of = (kind: string) =>
      e.participants.filter((p) => entities.get(p.entityId)?.kind === kind).map((p) => p.entityId);
    const predicate =
      e.kind === "INTERVIEW" ? "INTERVIEWED_BY" : e.kind === "REPORT" ? "REPORTED_BY" : undefined;
    if (!predicate) continue;
    for (const subjectId of of("PERSON")) {
      for (const objectId of of("MEDIA_OUTLET")) {
        if (
          out.some((r) => r.subjectId === subjectId && r.objectId === objectId && r.predicate === predicate)
        )
          continue;
        out.push({
          id: `relation-${out.length + 1}`,
          subjectId,
          predicate,
          objectId,
          evidence: e.evidence,
          provenance: { method: "EVENT_PATTERN", confidence: 0.5, status: "DRAFT" },
        });
      }
    }
  }
  return out;
}
