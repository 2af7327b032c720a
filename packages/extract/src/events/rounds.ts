import type { Range } from "@quizwire/content";
import type { DateMention } from "../dates/find-dates.js";
import { dateFor, participants, span, trim } from "./event-parts.js";
import type { EventContext, EventDraft } from "./find-events.js";
import { SCHEDULED } from "./patterns.js";

const PLACE = new Set(["COUNTRY", "CITY", "REGION"]);

/**
 * Rounds of talks: one event per place named after "in"/"to"/"at", each taking the date written
 * between the previous place and it (else the next one after it), so "one in Geneva next week and
 * another in Oman the following week" gives two rounds with their own dates.
 */
export function roundEvents(ctx: EventContext, s: Range, text: string, round: RegExpExecArray): EventDraft[] {
  const places = ctx.mentions.filter(
    (m) =>
      m.start >= s.start &&
      m.end <= s.end &&
      PLACE.has(m.kind) &&
      /\b(?:in|to|at)\s+$/.test(ctx.body.slice(m.start - 4, m.start)),
  );
  const scheduled = SCHEDULED.test(text);
  const roundStart = s.start + round.index;
  // The countries in "US-Iran nuclear talks" are the parties to the round.
  const parties = ctx.mentions
    .filter((m) => m.kind === "COUNTRY" && m.start >= roundStart && m.end <= roundStart + round[0].length)
    .map((m) => m.entityId);
  const people = [
    ...[...new Set(parties)].map((entityId) => ({ entityId, role: "party" })),
    ...participants(ctx, s).filter((p) => !parties.includes(p.entityId)),
  ];
  const phrase = round[0].replace(/^\w/, (c) => c.toUpperCase());
  const used = new Set<DateMention>();
  const targets = places.length > 0 ? places : [undefined];
  return targets.map((place, i) => {
    const from = i === 0 ? s.start : targets[i - 1]!.end;
    const to = i + 1 < targets.length ? targets[i + 1]!.start : s.end;
    const before = ctx.dates.find(
      (d) => !used.has(d) && d.start >= from && d.start < (place?.start ?? s.end),
    );
    const after = ctx.dates.find((d) => !used.has(d) && d.start >= (place?.end ?? s.start) && d.start < to);
    const own = before ?? after;
    if (own) used.add(own);
    const date = own ? own.value : dateFor(ctx, s, s.start, s.start);
    const name = place ? ctx.entities.get(place.entityId)!.name : undefined;
    const title = i === 0 || !name ? phrase : `Round of talks`;
    const evidenceStart = i === 0 ? s.start : Math.max(s.start, (targets[i - 1]?.end ?? s.start) + 1);
    const evidence: Range = { start: evidenceStart, end: Math.min(s.end, Math.max(to, place?.end ?? s.end)) };
    return {
      kind: "NEGOTIATION_ROUND",
      title: name ? `${title} in ${name}` : title,
      date: scheduled || date.status === "SCHEDULED" ? { ...date, status: "SCHEDULED" } : date,
      ...(place ? { locationId: place.entityId } : {}),
      participants: people,
      evidence: [span(ctx.body, trim(ctx.body, evidence))],
      confidence: own ? 0.7 : 0.5,
      at: place?.start ?? s.start,
    } satisfies EventDraft;
  });
}
