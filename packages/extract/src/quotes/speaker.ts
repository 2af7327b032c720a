import type { Entity } from "@quizwire/content";
import type { Coreference } from "../coref/coreference.js";
import type { LinkedMention } from "../entities/build.js";

export type SpeakerResolution = "EXPLICIT_NAME" | "SURNAME" | "TITLE" | "PRONOUN" | "PREVIOUS_SPEAKER";

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
  const before = candidates(ctx, from, verb);
  if (before.length > 0) return before[before.length - 1];
  const after = candidates(ctx, verbEnd, Math.min(to, verbEnd + 40));
  return after[0];
}

function candidates(ctx: SpeakerContext, from: number, to: number): Speaker[] {
  const out: Speaker[] = [];
  for (const m of ctx.mentions) {
    if (m.start < from || m.end > to) continue;
    const entity = ctx.entities.get(m.entityId);
    if (!entity || !SPEAKING_KINDS.has(entity.kind)) continue;
    if (/^['’]s\b/.test(ctx.body.slice(m.end, m.end + 3))) continue; // "Cooper's party" is not Cooper speaking
    out.push(fromMention(m, entity));
  }
  for (const p of ctx.coref.pronouns) {
    if (p.start < from || p.end > to || !SUBJECT_PRONOUN.test(p.text)) continue;
    out.push({ entityId: p.entityId, resolution: "PRONOUN", confidence: p.confidence, at: p.start });
  }
  for (const m of ctx.body
    .slice(from, to)
    .matchAll(
      /\bthe (president|prime minister|minister|secretary|senator|governor|mayor|spokesman|spokeswoman|chancellor|ambassador)\b/gi,
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
