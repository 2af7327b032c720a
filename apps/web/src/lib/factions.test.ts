import { describe, expect, it } from "vitest";
import { factionsOf } from "./factions";

const e = (id: string, kind: string) => ({ id, name: id.toUpperCase(), kind });
const hawks = e("hawks", "GROUP");
const waltz = e("waltz", "PERSON");
const witkoff = e("witkoff", "PERSON");
const dismantle = e("dismantle", "POSITION");
const limited = e("limited", "POSITION");

describe("factionsOf", () => {
  it("puts members and their stances under their faction", () => {
    const { factions, others } = factionsOf([
      { predicate: "MEMBER_OF", subject: waltz, object: hawks },
      { predicate: "ADVOCATES", subject: waltz, object: dismantle },
      { predicate: "ADVOCATES", subject: witkoff, object: limited },
      { predicate: "LEADS", subject: witkoff, object: e("us", "COUNTRY") },
    ]);
    expect(factions).toHaveLength(1);
    expect(factions[0]?.members.map((m) => m.id)).toEqual(["waltz"]);
    expect(factions[0]?.stances.map((s) => s.position.id)).toEqual(["dismantle"]);
    expect(others.map((s) => s.holder.id)).toEqual(["witkoff"]);
  });
});
