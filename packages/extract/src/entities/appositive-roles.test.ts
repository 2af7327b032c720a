import { describe, expect, it } from "vitest";
import { entityNamed, runStages } from "../../test/stages.js";
import { addAppositiveRoles } from "./appositive-roles.js";

function rolesOf(text: string, name: string) {
  const s = runStages(text);
  addAppositiveRoles(s.body, s.table.entities, s.table.mentions);
  return entityNamed(s, name)?.roles.map((r) => [
    r.title,
    s.body.slice(r.evidence[0]!.start, r.evidence[0]!.end),
  ]);
}

describe("addAppositiveRoles", () => {
  it("reads a post written after the name, without the article", () => {
    expect(
      rolesOf("The State Department said John Kerry, the Secretary of State, called.", "John Kerry"),
    ).toEqual([["Secretary of State", "Secretary of State"]]);
    expect(
      rolesOf(
        "Major general Fuad Basya, spokesman for the Indonesian military, said more were found.",
        "Fuad Basya",
      ),
    ).toEqual([["spokesman for the Indonesian military", "spokesman for the Indonesian military"]]);
  });

  it("reads a post written before the name, without a possessive or a sentence adverb", () => {
    expect(
      rolesOf("Also the president of the Lombardy region, Roberto Maroni, reacted.", "Roberto Maroni"),
    ).toEqual([["president of the Lombardy region", "president of the Lombardy region"]]);
    expect(rolesOf("In a statement, Malaysia's Prime Minister, Najib Razak said no.", "Najib Razak")).toEqual(
      [["Prime Minister", "Prime Minister"]],
    );
  });

  it("reads a lower-case post right before the name, without the verb before it", () => {
    expect(rolesOf("“We had no choice,” said council leader James Lewis.", "James Lewis")).toEqual([
      ["council leader", "council leader"],
    ]);
    expect(rolesOf("City signed the Brazilian midfielder Rodrigo Alves.", "Rodrigo Alves")).toEqual([
      ["midfielder", "midfielder"],
    ]);
  });
});
