import type { DateValue, Participant, Range, Span } from "@quizwire/content";
import type { EventContext } from "./find-events.js";

const PLACE = new Set(["COUNTRY", "CITY", "REGION"]);

/** The people and bodies named in a sentence, and the person its he/she stands for. */
export function participants(ctx: EventContext, s: Range): Participant[] {
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

export function placeAfter(ctx: EventContext, s: Range, at: number): string | undefined {
  const m = ctx.mentions.find(
    (x) =>
      x.start >= at &&
      x.end <= s.end &&
      PLACE.has(x.kind) &&
      /\b(?:in|to|at|visit(?:ed|s|ing)?)\s+$/.test(ctx.body.slice(Math.max(0, x.start - 9), x.start)),
  );
  return m?.entityId;
}

/** Where a pattern matches, skipping subordinate uses ("Before arriving in Rome, he stopped in Moscow"). */
export function patternAt(pattern: { re: RegExp }, text: string): number {
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
export function dateNear(ctx: EventContext, s: Range, at: number): DateValue {
  const inSentence = ctx.dates.filter((d) => d.start >= s.start && d.end <= s.end);
  const after = inSentence.find((d) => d.start >= at);
  const before = inSentence.filter((d) => d.end <= at).pop();
  return (after ?? before)?.value ?? dateFor(ctx, s, s.start, s.start);
}

export function dateFor(ctx: EventContext, s: Range, from: number, to: number): DateValue {
  const own = ctx.dates.find((d) => d.start >= from && d.end <= to && d.start >= s.start);
  if (own) return own.value;
  // The last day-precise date already past at publication: a scheduled round does not date what follows it.
  const before = [...ctx.dates]
    .reverse()
    .find((d) => d.end <= s.start && d.value.precision === "DAY" && d.value.iso <= ctx.publishedAt);
  // The sentence states no date: text stays null and basis says how the iso was inferred.
  if (before)
    return {
      iso: before.value.iso,
      precision: before.value.precision,
      text: null,
      basis: `after “${before.value.text ?? before.value.basis}”`,
      status: "OCCURRED",
      approximate: true,
    };
  return {
    iso: ctx.publishedAt.slice(0, 4),
    precision: "YEAR",
    text: null,
    basis: "before publication",
    status: "OCCURRED",
    approximate: true,
  };
}

export function span(body: string, r: Range): Span {
  return { start: r.start, end: r.end, text: body.slice(r.start, r.end) };
}

export function trim(body: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /[\s,;:]/.test(body[start]!)) start++;
  while (end > start && /[\s,;:]/.test(body[end - 1]!)) end--;
  return { start, end };
}
