import type { Entity, Event, Range } from "@quizwire/content";
import type { Coreference } from "../coref/coreference.js";
import type { DateMention } from "../dates/find-dates.js";
import type { LinkedMention } from "../entities/build.js";
import { dateNear, participants, patternAt, placeAfter, span } from "./event-parts.js";
import { EVENT_PATTERNS, type EventPattern, ROUND, SCHEDULED } from "./patterns.js";
import { roundEvents } from "./rounds.js";
import { dateFromStory } from "./story-dates.js";

const HEARING = new Set(["INTERVIEW", "STATEMENT", "REPORT", "POST"]);

/** An event before ids and sequence numbers are given. */
export type EventDraft = Omit<Event, "id" | "sequence" | "provenance"> & { confidence: number; at: number };

/** What event finding reads. */
export interface EventContext {
  body: string;
  sentences: Range[];
  mentions: LinkedMention[];
  entities: Map<string, Entity>;
  dates: DateMention[];
  coref: Coreference;
  publishedAt: string;
}

/**
 * Finds events sentence by sentence from patterns (rounds of talks held in a place, met with,
 * visited, ratified, withdrew from, interview with, post on, told reporters …). Each gets the place
 * after "in"/"to", the people and bodies named in the sentence (or meant by its pronoun), and the
 * date written in it; a sentence without a date gets the story's last day-precise date, marked
 * approximate. A sentence naming rounds of talks in several places gives one event per place.
 */
export function findEvents(ctx: EventContext): EventDraft[] {
  const out: EventDraft[] = [];
  for (const s of ctx.sentences) {
    const text = ctx.body.slice(s.start, s.end);
    const round =
      ROUND.exec(text) ?? (/\btalks\b[^.]*\bheld\s+in\b/i.test(text) ? /talks/i.exec(text) : null);
    if (round) {
      out.push(...roundEvents(ctx, s, text, round));
      continue;
    }
    const agreement = agreementYear(ctx, s);
    if (agreement) out.push(agreement);
    const kinds = EVENT_PATTERNS.filter((p) => p.re.test(text) && followed(ctx, s, text, p));
    // A meeting during a visit is the visit; two events at most from one sentence.
    // "decision to withdraw" is the withdrawal.
    const chosen = kinds
      .filter((p) => p.kind !== "MEETING" || !kinds.some((k) => k.kind === "VISIT"))
      .filter((p) => p.kind !== "DECISION" || kinds.length === 1)
      .slice(0, 2);
    for (const pattern of chosen) {
      const at = s.start + patternAt(pattern, text);
      const place = placeAfter(ctx, s, at);
      // An outlet takes part in what it hears or reports, not in the signing it reports on.
      const people = participants(ctx, s).filter(
        (p) => HEARING.has(pattern.kind) || ctx.entities.get(p.entityId)?.kind !== "MEDIA_OUTLET",
      );
      if (people.length === 0 || (pattern.kind === "VISIT" && !place)) continue;
      const names = people.map((p) => ctx.entities.get(p.entityId)!.name);
      const date = dateFromStory(ctx, text, s.start, dateNear(ctx, s, at), out);
      out.push({
        kind: pattern.kind,
        title: `${pattern.label}: ${names.slice(0, 3).join(", ")}${place ? ` (${ctx.entities.get(place)!.name})` : ""}`,
        date: SCHEDULED.test(text) ? { ...date, status: "SCHEDULED" } : date,
        ...(place ? { locationId: place } : {}),
        participants: people,
        evidence: [span(ctx.body, s)],
        confidence: date.span ? 0.6 : 0.45,
        at,
      });
    }
  }
  return out;
}

/** For a pattern that needs it, whether a mention of the right kind starts where a match ends. */
function followed(ctx: EventContext, s: Range, text: string, p: EventPattern): boolean {
  if (!p.followedBy) return true;
  const ends = [...text.matchAll(new RegExp(p.re.source, `${p.re.flags.replace("g", "")}g`))].map(
    (m) => s.start + m.index + m[0].length,
  );
  return ctx.mentions.some((m) => m.kind === p.followedBy && ends.includes(m.start));
}

/** "the 2015 Joint Comprehensive Plan of Action": an agreement made in a year. */
function agreementYear(ctx: EventContext, s: Range): EventDraft | undefined {
  const agreement = ctx.mentions.find((m) => m.start >= s.start && m.end <= s.end && m.kind === "AGREEMENT");
  if (!agreement) return undefined;
  const year = ctx.dates.find(
    (d) => d.value.precision === "YEAR" && d.end <= agreement.start && agreement.start - d.end <= 2,
  );
  if (!year) return undefined;
  const name = ctx.entities.get(agreement.entityId)!.name;
  return {
    kind: "SIGNING",
    title: `${name} agreed`,
    date: year.value,
    participants: [{ entityId: agreement.entityId, role: "agreement" }],
    evidence: [span(ctx.body, { start: year.start, end: agreement.end })],
    confidence: 0.5,
    at: year.start,
  };
}
