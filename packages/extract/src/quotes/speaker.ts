import type { Entity } from "@quizwire/content";
import type { Coreference, PronounLink } from "../coref/coreference.js";
import type { LinkedMention } from "../entities/build.js";

/** How the speaker was found; UNRESOLVED: not from the text, a default (the byline's author). */
export type SpeakerResolution =
  | "EXPLICIT_NAME"
  | "SURNAME"
  | "TITLE"
  | "PRONOUN"
  | "PREVIOUS_SPEAKER"
  | "UNRESOLVED";

/** Who spoke, how that was decided and how sure it is. */
export interface Speaker {
  entityId: string;
  resolution: SpeakerResolution;
  confidence: number;
  /** Where the speaker is named (absent for PREVIOUS_SPEAKER). */
  at?: number;
}

/** What speaker finding reads: the body, linked mentions, resolved pronouns. */
export interface SpeakerContext {
  body: string;
  mentions: LinkedMention[];
  coref: Coreference;
  entities: Map<string, Entity>;
  /** "they"/"their" resolved to a group (`resolveGroupPronouns`); none when absent. */
  groupPronouns?: PronounLink[];
  /** The byline's author, who owns the article's own scare quotes; none when there is no byline. */
  authorId?: string;
}

const SPEAKING_KINDS = new Set(["PERSON", "MEDIA_OUTLET", "ORGANIZATION", "GOVERNMENT", "GROUP"]);
const SUBJECT_PRONOUN = /^(?:he|she)$/i;

/**
 * The speaker for an attribution verb at `verb`: the nearest person (or speaking body) named or
 * referred to by he/she in `[from, verb)`, else one just after the verb ("said Smith") before `to`.
 */
export function speakerNear(
  ctx: SpeakerContext,
  from: number,
  verb: number,
  verbEnd: number,
  to: number,
): Speaker | undefined {
  const before = candidates(ctx, from, verb, verb).filter(
    (c) => !/\bby\s+$/.test(ctx.body.slice(Math.max(0, (c.at ?? 0) - 4), c.at)),
  );
  // "Jeff Rathke, the State Department Spokesperson, said": the person, not the body in apposition.
  const person = before
    .filter((c) => ctx.entities.get(c.entityId)?.kind === "PERSON" || c.resolution === "PRONOUN")
    .pop();
  // "Vance, Witkoff, and Hegseth advocated …, cautioning that": a group speaks, not the last name.
  if (
    person?.at !== undefined &&
    person.resolution !== "PRONOUN" &&
    // The post before the last name may stand between "and" and it: "and Defense Secretary Pete Hegseth".
    /\band\s+(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u.test(ctx.body.slice(Math.max(0, person.at - 50), person.at)) &&
    before.length > 1
  )
    return undefined;
  if (person || before.length > 0) return person ?? before[before.length - 1];
  // Inverted attribution ("said Smith") only after verbs of saying, with the name right after the verb.
  if (!INVERTING.test(ctx.body.slice(verb, verbEnd))) return undefined;
  return candidates(ctx, verbEnd, Math.min(to, verbEnd + 40), -1).find((c) =>
    // "said Smith", "said Defense Secretary Pete Hegseth", "said council leader James Lewis".
    /^[\s,]*(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:\p{Lu}[\p{L}-]*\s+){0,4}$/u.test(
      ctx.body.slice(verbEnd, c.at),
    ),
  );
}

const INVERTING =
  /^(?:said|says|added|adds|wrote|writes|asked|continued|explained|stated|replied|according to)$/i;

/** Who could speak in `[from, to)`: speaking mentions, he/she/they, "the president". */
export function candidates(ctx: SpeakerContext, from: number, to: number, verb: number): Speaker[] {
  const out: Speaker[] = [];
  for (const m of ctx.mentions) {
    if (m.start < from || m.end > to) continue;
    const entity = ctx.entities.get(m.entityId);
    if (!entity) continue;
    // A country speaks only as the subject right before the verb: "Iran had clearly signaled".
    const subject = verb >= 0 && /^(?:\s+(?:\w+ly|had|has|have|also))*\s*$/.test(ctx.body.slice(m.end, verb));
    if (!SPEAKING_KINDS.has(entity.kind) && !(entity.kind === "COUNTRY" && subject)) continue;
    if (/^['’]s\b/.test(ctx.body.slice(m.end, m.end + 3))) continue; // "Cooper's party" is not Cooper speaking
    out.push(fromMention(m, entity));
  }
  for (const p of ctx.coref.pronouns) {
    if (p.start < from || p.end > to || !SUBJECT_PRONOUN.test(p.text)) continue;
    out.push({ entityId: p.entityId, resolution: "PRONOUN", confidence: p.confidence, at: p.start });
  }
  for (const p of ctx.groupPronouns ?? []) {
    if (p.start < from || p.end > to || !/^they$/i.test(p.text)) continue;
    out.push({ entityId: p.entityId, resolution: "PRONOUN", confidence: p.confidence, at: p.start });
  }
  for (const m of ctx.body
    .slice(from, to)
    .matchAll(
      /\bthe (president|prime minister|minister|secretary|senator|governor|mayor|spokesman|spokeswoman|chancellor|ambassador|judge|coach|councillor|lawyer|chief executive)\b/gi,
    )) {
    const at = from + m.index;
    const id = ctx.coref.salientAt(at);
    const holder = id ? ctx.entities.get(id) : undefined;
    if (holder?.roles.some((r) => r.title.toLowerCase().includes(m[1]!.toLowerCase()))) {
      out.push({ entityId: holder.id, resolution: "TITLE", confidence: 0.6, at });
    }
  }
  return out.sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
}

function fromMention(m: LinkedMention, entity: Entity): Speaker {
  const explicit = m.text === entity.name || m.method !== "COREFERENCE";
  const confidence = entity.kind === "PERSON" ? (explicit ? 0.9 : 0.85) : 0.7;
  return { entityId: entity.id, resolution: explicit ? "EXPLICIT_NAME" : "SURNAME", confidence, at: m.start };
}
