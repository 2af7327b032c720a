import type { Token } from "../text/tokens.js";
import type { Mention } from "./mention.js";

/** Verbs after a bare capitalised word that make it a person's surname: "Trump convened". */
const PERSON_VERB =
  /^(?:said|says|told|tells|added|noted|argued|insisted|warned|cautioned|stated|claimed|announced|denied|denounced|convened|met|visited|wants|wished|wishes|believes|believed|thinks|thought|finds|found|informed|continued|explained|replied|wrote|posted|tweeted|signed|ratified|withdrew|decided|asked|urged|called|accused|criticized|criticised|praised|promised|vowed|acknowledged|admitted|suggested|indicated|reversed|underscored)$/;

/**
 * Resolves single words left pending: a surname or given name of a person named in full elsewhere
 * (COREFERENCE), or a person on the evidence of what it does ("Trump convened", "Trump said");
 * or one the optional `hint` (compromise's person tagger) calls a person; anything else is dropped.
 */
export function linkMentions(
  mentions: Mention[],
  tokens: Token[],
  hint?: (m: Mention) => boolean,
): Mention[] {
  const people = mentions.filter((m) => m.kind === "PERSON" && !m.pending);
  const byPart = new Map<string, Set<string>>();
  for (const p of people) {
    if (!p.key.includes(" ")) continue;
    const words = p.key.split(/\s+/);
    const last = words[words.length - 1]!;
    // "Tsai Ing-wen", "Moon Jae-in": a hyphenated given name comes last, the surname first.
    for (const w of /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(last) ? [last, words[0]!] : [last]) {
      if (!byPart.has(w)) byPart.set(w, new Set());
      byPart.get(w)!.add(p.key);
    }
  }
  const byStart = new Map(tokens.map((t) => [t.start, t.i]));
  const verbal = new Set<string>();
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (!m.pending) continue;
    counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
    const i = byStart.get(m.start);
    if (i === undefined) continue;
    const next = tokens[i + 1];
    const after = next?.pos === "ADV" ? tokens[i + 2] : next;
    if (after && PERSON_VERB.test(after.text)) verbal.add(m.key);
  }
  const out: Mention[] = [];
  for (const m of mentions) {
    if (!m.pending) {
      // "President Putin" after "President Vladimir Putin": the same person, by surname.
      const owner = m.kind === "PERSON" && !m.key.includes(" ") ? byPart.get(m.key) : undefined;
      const full = owner?.size === 1 ? [...owner][0]! : undefined;
      out.push(full && full !== m.key ? { ...m, key: full, method: "COREFERENCE", confidence: 0.85 } : m);
      continue;
    }
    const { pending: _pending, ...rest } = m;
    const i = byStart.get(m.start);
    const prev = i === undefined ? undefined : tokens[i - 1]?.text;
    const owners = byPart.get(m.key);
    if (owners?.size === 1) {
      const key = [...owners][0]!;
      out.push({ ...rest, kind: "PERSON", key, method: "COREFERENCE", confidence: 0.85 });
    } else if (prev && /^(?:visited|visiting|visits)$/.test(prev)) {
      // "visited Nysa": people visit places; a town the gazetteer does not know.
      out.push({ ...rest, kind: "CITY", method: "HEURISTIC", confidence: 0.4 });
    } else if (prev && /^(?:in|at|near|from|to|outside|inside)$/.test(prev)) {
      // "in Kanata": a place the gazetteer does not know, not a person.
    } else if (verbal.has(m.key)) {
      out.push({
        ...rest,
        kind: "PERSON",
        method: "HEURISTIC",
        confidence: (counts.get(m.key) ?? 0) > 1 ? 0.65 : 0.5,
      });
    } else if (hint?.(m)) {
      out.push({ ...rest, kind: "PERSON", method: "NER", confidence: 0.55 });
    }
  }
  return [...out, ...administrations(out, tokens)];
}

/** "the Trump administration": a government named after the person who leads it. */
function administrations(mentions: Mention[], tokens: Token[]): Mention[] {
  const byStart = new Map(tokens.map((t) => [t.start, t.i]));
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.kind !== "PERSON") continue;
    const i = byStart.get(m.start);
    const last = i === undefined ? undefined : tokens.find((t) => t.end === m.end);
    const next = last ? tokens[last.i + 1] : undefined;
    if (next?.text !== "administration") continue;
    const text = `${m.text} administration`;
    out.push({
      start: m.start,
      end: next.end,
      text,
      kind: "GOVERNMENT",
      key: text,
      method: "HEURISTIC",
      confidence: 0.6,
    });
  }
  return out;
}
