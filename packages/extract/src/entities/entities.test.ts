import { describe, expect, it } from "vitest";
import { entityNamed, runStages } from "../../test/stages.js";

describe("findMentions + linkMentions + buildEntities", () => {
  it("yields the post and the person from 'Secretary of State Marco Rubio', never a place 'State Marco'", () => {
    const s = runStages(
      "A faction led by Secretary of State Marco Rubio held a different view. Rubio insisted.",
    );
    const rubio = entityNamed(s, "Marco Rubio");
    expect(rubio?.kind).toBe("PERSON");
    expect(rubio?.roles.map((r) => r.title)).toEqual(["Secretary of State"]);
    expect(rubio?.mentions.map((m) => m.text)).toEqual(["Marco Rubio", "Rubio"]);
    expect(s.table.entities.some((e) => e.name.includes("State Marco"))).toBe(false);
  });

  it("keeps a post's qualifier and splits a region from the name after it", () => {
    const s = runStages("Special Envoy to the Middle East Steve Witkoff led the delegation.");
    expect(entityNamed(s, "Steve Witkoff")?.roles[0]?.title).toBe("Special Envoy to the Middle East");
    expect(entityNamed(s, "Middle East")?.kind).toBe("REGION");
  });

  it("links 'President Putin' to the person named in full", () => {
    const s = runStages("He met President Vladimir Putin in Moscow. Later, President Putin ratified a law.");
    const putin = entityNamed(s, "Vladimir Putin");
    expect(putin?.mentions).toHaveLength(2);
    expect(s.table.entities.filter((e) => e.kind === "PERSON")).toHaveLength(1);
  });

  it("types places by the gazetteer, outlets and platforms by the registry", () => {
    const s = runStages(
      "In an interview with Fox News in Muscat, Oman, the US envoy spoke; he later posted on X.",
    );
    expect(entityNamed(s, "Fox News")?.kind).toBe("MEDIA_OUTLET");
    expect(entityNamed(s, "Muscat")?.kind).toBe("CITY");
    expect(entityNamed(s, "Oman")?.kind).toBe("COUNTRY");
    expect(entityNamed(s, "United States")?.aliases).toContain("US");
    expect(entityNamed(s, "X")?.kind).toBe("PLATFORM");
  });

  it("counts a demonym only for a country the text names", () => {
    const named = runStages("Iran said no. Iranian officials agreed.");
    expect(entityNamed(named, "Iran")?.mentions.map((m) => m.text)).toEqual(["Iran", "Iranian"]);
    const unnamed = runStages("Italian officials agreed with the plan.");
    expect(entityNamed(unnamed, "Italy")).toBeUndefined();
  });

  it("makes a bare surname a person when it acts, and drops capitalised words that are not names", () => {
    const s = runStages(
      "Trump convened with officials. Later, Trump denounced the deal. Notably, the Emergency Management System failed.",
    );
    expect(entityNamed(s, "Trump")?.kind).toBe("PERSON");
    expect(s.table.entities.filter((e) => e.kind === "PERSON").map((e) => e.name)).toEqual(["Trump"]);
  });

  it("types unknown names with organisation words as organisations", () => {
    const s = runStages("The Joint Council for the Welfare of Immigrants said it was alarmed.");
    expect(entityNamed(s, "Joint Council for the Welfare of Immigrants")?.kind).toBe("ORGANIZATION");
  });
});

describe("findMentions on names no list holds", () => {
  it("types outlets by their shape and keeps a surname compromise knows as a place", () => {
    const s = runStages(
      "Anne Hidalgo told the Yorkshire Evening Post and Radio Nacional that the Gazeta Wyborcza was wrong.",
    );
    expect(entityNamed(s, "Anne Hidalgo")?.kind).toBe("PERSON");
    for (const outlet of ["Yorkshire Evening Post", "Radio Nacional", "Gazeta Wyborcza"])
      expect(entityNamed(s, outlet)?.kind, outlet).toBe("MEDIA_OUTLET");
  });

  it("splits a titled person from the body after 'of'", () => {
    const s = runStages("Judge Ana Ruiz of the Supreme Court of Spain ruled on Friday.");
    expect(entityNamed(s, "Ana Ruiz")?.roles.map((r) => r.title)).toEqual(["Judge"]);
    expect(s.table.entities.some((e) => e.name.includes("Ruiz of"))).toBe(false);
  });

  it("takes an unknown one-word town after 'visited' as a place", () => {
    const s = runStages("Prime Minister Donald Tusk visited Nysa on Monday.");
    expect(entityNamed(s, "Nysa")?.kind).toBe("CITY");
  });
});
