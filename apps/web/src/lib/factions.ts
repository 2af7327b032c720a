/** A relation as the reader query returns it. */
export type RelationLike = {
  predicate: string;
  subject: { id: string; name: string; kind: string };
  object: { id: string; name: string; kind: string };
};
type Ref = { id: string; name: string };
export type Stance = { holder: Ref; predicate: "ADVOCATES" | "OPPOSES"; position: Ref };
export type Faction = { group: Ref; members: Ref[]; stances: Stance[] };

const STANCES = new Set(["ADVOCATES", "OPPOSES"]);

/**
 * Gathers factions (GROUP entities with their MEMBER_OF members) and the stances their members or
 * the faction itself take; stances of people outside any faction come back as `others`.
 */
export function factionsOf(relations: RelationLike[]): { factions: Faction[]; others: Stance[] } {
  const groups = new Map<string, Faction>();
  const memberOf = new Map<string, string[]>();
  for (const r of relations) {
    const group = r.object.kind === "GROUP" ? r.object : r.subject.kind === "GROUP" ? r.subject : undefined;
    if (group && !groups.has(group.id)) groups.set(group.id, { group: ref(group), members: [], stances: [] });
    if (r.predicate === "MEMBER_OF" && r.object.kind === "GROUP") {
      groups.get(r.object.id)?.members.push(ref(r.subject));
      memberOf.set(r.subject.id, [...(memberOf.get(r.subject.id) ?? []), r.object.id]);
    }
  }
  const others: Stance[] = [];
  for (const r of relations) {
    if (!STANCES.has(r.predicate)) continue;
    const stance: Stance = {
      holder: ref(r.subject),
      predicate: r.predicate as Stance["predicate"],
      position: ref(r.object),
    };
    const owners = groups.has(r.subject.id) ? [r.subject.id] : (memberOf.get(r.subject.id) ?? []);
    if (owners.length === 0) others.push(stance);
    for (const id of owners) groups.get(id)?.stances.push(stance);
  }
  return { factions: [...groups.values()], others };
}

function ref(e: { id: string; name: string }): Ref {
  return { id: e.id, name: e.name };
}
