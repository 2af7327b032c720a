import type { Entity, Role } from "@quizwire/content";
import type { GraphIndex } from "../graph/graph-index.js";
import { refer } from "../graph/refer.js";
import { byCode, wordKey } from "../text.js";
import type { QuestionCandidate } from "../types.js";
import { type Distractor, entityDistractors, multipleChoice, trueFalsePair, withNaming } from "./shared.js";

export interface HeldPost {
  person: Entity;
  role: Role;
}

/** Each person's first post (current before former), the one questions ask about. */
export function heldPosts(ix: GraphIndex): HeldPost[] {
  const out: HeldPost[] = [];
  for (const person of ix.graph.entities) {
    if (person.kind !== "PERSON") continue;
    const role = [...person.roles].sort((a, b) => Number(a.former) - Number(b.former))[0];
    if (role) out.push({ person, role });
  }
  return out.sort(
    (a, b) => b.person.mentions.length - a.person.mentions.length || byCode(a.person.id, b.person.id),
  );
}

/** People who hold a post with these words, current or former. */
function holders(ix: GraphIndex, title: string): Set<string> {
  return new Set(
    ix.graph.entities
      .filter((e) => e.roles.some((r) => wordKey(r.title) === wordKey(title)))
      .map((e) => e.id),
  );
}

function postPhrase(role: Role): string {
  return role.former ? `former ${role.title}` : role.title;
}

/** What post does X hold; who serves as P; and the true/false swap of a post. */
export function roleCandidates(ix: GraphIndex): QuestionCandidate[] {
  const out: QuestionCandidate[] = [];
  const posts = heldPosts(ix);
  for (const { person, role } of posts) {
    const own = new Set(person.roles.map((r) => wordKey(r.title)));
    const base = {
      template: "role-post",
      skill: "roles" as const,
      factKey: `role:${person.id}`,
      explanation: `The article calls ${person.name} ${role.former ? "a former" : "the"} ${role.title}.`,
      evidence: withNaming(
        ix,
        role.evidence.map((s) => ix.sentenceOf(s)),
        person,
      ),
    };
    const titleSupply: Distractor[] = posts
      .filter((p) => !own.has(wordKey(p.role.title)))
      .map((p) => ({
        key: wordKey(p.role.title),
        label: p.role.title,
        close: ix.close(person.id, p.person.id),
      }))
      .sort((a, b) => Number(b.close) - Number(a.close));
    const prompt = role.former
      ? `What post did ${person.name} formerly hold?`
      : `What post does ${person.name} hold, according to the article?`;
    const mc = multipleChoice(
      { ...base, key: `role-post:${person.id}`, prompt },
      { key: wordKey(role.title), label: role.title },
      titleSupply,
    );
    if (mc) out.push(mc);

    const sharers = holders(ix, role.title);
    if (sharers.size === 1) {
      const of = role.ofId ? ix.entity(role.ofId) : undefined;
      const where = of
        ? of.kind === "COUNTRY"
          ? ` of ${refer(of, ix.body)}`
          : ` in ${refer(of, ix.body)}`
        : "";
      const prompt = role.former
        ? `Who is a former ${role.title}?`
        : /^(retired|former|ex-)/i.test(role.title)
          ? `Who is described as a ${role.title.charAt(0).toLowerCase()}${role.title.slice(1)}?`
          : `Who serves as ${role.title}${where}?`;
      const supply = entityDistractors(ix, person, (e) => sharers.has(e.id));
      const reverse = multipleChoice(
        { ...base, key: `role-holder:${person.id}`, template: "role-holder", prompt },
        { key: person.id, label: person.name },
        supply,
      );
      if (reverse) out.push(reverse);
    }

    const swap = titleSupply[0];
    if (swap) {
      const verb = role.former ? "is a" : "serves as";
      out.push(
        ...trueFalsePair(
          { ...base, key: `tf-role:${person.id}`, template: "tf-role", skill: "fact-check", prompt: "" },
          {
            truth: `${person.name} ${verb} ${postPhrase(role)}.`,
            falsehood: `${person.name} ${verb} ${role.former ? `former ${swap.label}` : swap.label}.`,
            close: swap.close,
            correction: `${person.name} is not ${swap.label}.`,
          },
        ),
      );
    }
  }
  return out;
}
