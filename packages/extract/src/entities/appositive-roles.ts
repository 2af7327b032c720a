import type { Entity } from "@quizwire/content";
import type { LinkedMention } from "./build.js";

const HEAD =
  "(?:spokes(?:man|woman|person)|(?:prime\\s+|foreign\\s+|deputy\\s+)?minister|(?:vice\\s+)?president|(?:under)?secretary(?:\\s+general)?|director|chief|chairman|chairwoman|ambassador|mayor|governor|senator|professor|advis[eo]r|leader|head|general|colonel|ceo|founder|coach|captain|envoy|judge|lawyer|councillor|author|researcher|scientist|manager|midfielder|striker|goalkeeper|defender)";
const QUALIFIER = "(?:\\s+(?:of|for|to|at)\\s+(?:the\\s+)?[\\p{L}\\s'’-]{1,40}?)?";
/** "Jeff Rathke, the State Department Spokesperson," / "Fuad Basya, spokesman for the Indonesian military," */
const AFTER = new RegExp(`^,\\s+((?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?${HEAD}${QUALIFIER})(?=[,.;:])`, "iu");
/** "the president of the Lombardy region, Roberto Maroni" / "Malaysia's Prime Minister, Najib Razak" */
const BEFORE = new RegExp(
  `(?<![\\p{L}'’-])((?:(?!(?:also|and|but|the|a|an|of|by|with)\\s)[\\p{L}'’-]+\\s+){0,2}?${HEAD}${QUALIFIER}),\\s+$`,
  "iu",
);

/** "said council leader James Lewis" / "the Brazilian midfielder Rodrigo Alves": a lower-case post right before the name. */
const BARE = new RegExp(
  `(?<![\\p{L}'’-])((?:(?!(?:said|says|told|and|but|the|a|an|of|by|with|to|that|former|his|her|their|its)\\s)\\p{Ll}[\\p{L}'’-]*\\s+)?${HEAD})\\s+$`,
  "u",
);

/**
 * Posts written in apposition to a person's name, with commas: after it ("John Kerry, the
 * Secretary of State,") or before it ("the president of the Lombardy region, Roberto Maroni").
 * Adds them to the person's roles with the words as evidence.
 */
export function addAppositiveRoles(body: string, entities: Entity[], mentions: LinkedMention[]): void {
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const m of mentions) {
    const person = byId.get(m.entityId);
    if (person?.kind !== "PERSON") continue;
    const after = AFTER.exec(body.slice(m.end, m.end + 90));
    const before =
      BEFORE.exec(body.slice(Math.max(0, m.start - 90), m.start)) ??
      BARE.exec(body.slice(Math.max(0, m.start - 40), m.start));
    const found = after
      ? { start: m.end + after.index + after[0].indexOf(after[1]!), text: after[1]! }
      : before
        ? {
            start: m.start - before[0].length + (before[0].length - before[0].trimStart().length),
            text: before[1]!.trim(),
          }
        : undefined;
    if (!found) continue;
    // "the Secretary of State" and "Malaysia's Prime Minister" hold the post "Secretary of State", "Prime Minister".
    const lead = /^(?:[Tt]he\s+|\p{Lu}[\p{L}.-]*['’]s\s+)/u.exec(found.text)?.[0].length ?? 0;
    const text = found.text.slice(lead).trim();
    const start = found.start + lead;
    if (
      body.slice(start, start + text.length) !== text ||
      person.roles.some((r) => r.title.toLowerCase() === text.toLowerCase())
    )
      continue;
    person.roles.push({ title: text, former: false, evidence: [{ start, end: start + text.length, text }] });
  }
}
