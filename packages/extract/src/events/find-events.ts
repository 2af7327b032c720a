import type { DateValue, Entity, Event, Participant, Range, Span } from "@quizwire/content";
import type { Coreference } from "../coref/coreference.js";
import type { DateMention } from "../dates/find-dates.js";
import type { LinkedMention } from "../entities/build.js";
import { EVENT_PATTERNS, ROUND, SCHEDULED } from "./patterns.js";

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

const PLACE = new Set(["COUNTRY", "CITY", "REGION"]);

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
    const kinds = EVENT_PATTERNS.filter((p) => p.re.test(text));
    // A meeting during a visit is the visit; two events at most from one sentence.
    // "decision to withdraw" is the withdrawal.
    const chosen = kinds
      .filter((p) => p.kind !== "MEETING" || !kinds.some((k) => k.kind === "VISIT"))
      .filter((p) => p.kind !== "DECISION" || kinds.length === 1)
      .slice(0, 2);
    for (const pattern of chosen) {
      const at = s.start + patternAt(pattern, text);
      const place = placeAfter(ctx, s, at);
      const people = participants(ctx, s);
      if (people.length === 0 || (pattern.kind === "VISIT" && !place)) continue;
      const names = people.map((p) => ctx.entities.get(p.entityId)!.name);
      const date = dateNear(ctx, s, at);
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

function roundEvents(ctx: EventContext, s: Range, text: string, round: RegExpExecArray): EventDraft[] {
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

function participants(ctx: EventContext, s: Range): Participant[] {
  const ids: string[] = [];
  for (const m of ctx.mentions) {
    if (m.start < s.start || m.end > s.end || PLACE.has(m.kind) || ids.includes(m.entityId)) continue;
    ids.push(m.entityId);
  }
  for (const p of ctx.coref.pronouns) {
    if (p.start >= s.start && p.end <= s.end && /^(?:he|she)$/i.test(p.text) && !ids.includes(p.entityId))
      ids.unshift(p.entityId);
  }
  return ids.map((entityId) => ({ entityId, role: roleOf(ctx.entities.get(entityId)!.kind) }));
}

function roleOf(kind: string): string {
  return kind === "PERSON"
    ? "participant"
    : kind === "MEDIA_OUTLET"
      ? "outlet"
      : kind === "PLATFORM"
        ? "platform"
        : "party";
}

function placeAfter(ctx: EventContext, s: Range, at: number): string | undefined {
  const m = ctx.mentions.find(
    (x) =>
      x.start >= at &&
      x.end <= s.end &&
      PLACE.has(x.kind) &&
      /\b(?:in|to|at)\s+$/.test(ctx.body.slice(x.start - 4, x.start)),
  );
  return m?.entityId;
}

/** Where a pattern matches, skipping subordinate uses ("Before arriving in Rome, he stopped in Moscow"). */
function patternAt(pattern: { re: RegExp }, text: string): number {
  const all = new RegExp(
    pattern.re.source,
    pattern.re.flags.includes("g") ? pattern.re.flags : `${pattern.re.flags}g`,
  );
  const matches = [...text.matchAll(all)];
  const main = matches.find(
    (m) => !/\b(?:before|after|upon|while|since)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)),
  );
  return (main ?? matches[0])?.index ?? 0;
}

/** The date written after the pattern in its sentence, else before it, else the story's last date. */
function dateNear(ctx: EventContext, s: Range, at: number): DateValue {
  const inSentence = ctx.dates.filter((d) => d.start >= s.start && d.end <= s.end);
  const after = inSentence.find((d) => d.start >= at);
  const before = inSentence.filter((d) => d.end <= at).pop();
  return (after ?? before)?.value ?? dateFor(ctx, s, s.start, s.start);
}

function dateFor(ctx: EventContext, s: Range, from: number, to: number): DateValue {
  const own = ctx.dates.find((d) => d.start >= from && d.end <= to && d.start >= s.start);
  if (own) return own.value;
  // The last day-precise date already past at publication: a scheduled round does not date what follows it.
  const before = [...ctx.dates]
    .reverse()
    .find((d) => d.end <= s.start && d.value.precision === "DAY" && d.value.iso <= ctx.publishedAt);
  if (before) {
    const { span: _span, ...value } = before.value;
    return {
      ...value,
      text: `not stated (after ${before.value.text})`,
      approximate: true,
      status: "OCCURRED",
    };
  }
  return {
    iso: ctx.publishedAt.slice(0, 4),
    precision: "YEAR",
    text: "not stated (before publication)",
    status: "OCCURRED",
    approximate: true,
  };
}

function span(body: string, r: Range): Span {
  return { start: r.start, end: r.end, text: body.slice(r.start, r.end) };
}

function trim(body: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /[\s,;:]/.test(body[start]!)) start++;
  while (end > start && /[\s,;:]/.test(body[end - 1]!)) end--;
  return { start, end };
}
