import { describe, expect, it } from "vitest";
import { byKey, ix, rightLabels, wrongLabels } from "../../test/pool.js";
import { placeCandidates, titleWithoutPlace } from "./places.js";

describe("placeCandidates", () => {
  const pool = placeCandidates(ix);

  it("asks where an event was held, as a newspaper quiz would", () => {
    const q = byKey(pool, "where:rome-round");
    expect(q.prompt).toBe("In which city was the second round of US–Iran nuclear talks held?");
    expect(rightLabels(q)).toEqual(["Rome"]);
    for (const label of wrongLabels(q)) {
      expect(ix.graph.entities.find((e) => e.name === label)?.kind).toBe("CITY");
    }
  });

  it("speaks of scheduled events in the future and of countries as countries", () => {
    expect(byKey(pool, "where:oman-round").prompt).toBe(
      "In which country is the fourth round of talks to be held?",
    );
  });

  it("takes the place out of a title, and skips titles that still name it", () => {
    const rome = ix.graph.events.find((e) => e.id === "rome-round")!;
    const place = ix.entity("rome")!;
    expect(titleWithoutPlace({ ...rome, title: "Second round, in Rome" }, place)).toBe("Second round");
    expect(titleWithoutPlace({ ...rome, title: "Rome hosts the talks" }, place)).toBeUndefined();
  });
});
