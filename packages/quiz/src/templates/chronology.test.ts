import { describe, expect, it } from "vitest";
import { ix } from "../../test/pool.js";
import { GraphIndex } from "../graph/graph-index.js";
import { chronologyCandidates, compareDates } from "./chronology.js";

const event = (id: string) => ix.events.get(id)!;

describe("compareDates", () => {
  it("compares at the coarser precision and calls same-month dates a tie", () => {
    expect(compareDates(event("jcpoa-signed"), event("rome-round"))).toBe(-1);
    expect(compareDates(event("security-meeting"), event("rome-round"))).toBe(0);
    expect(compareDates(event("araghchi-moscow"), event("putin-ratifies"))).toBe(0);
  });
});

describe("chronologyCandidates", () => {
  const pool = chronologyCandidates(ix);

  it("orders events that happened, with no ties and nothing scheduled", () => {
    expect(pool.length).toBeGreaterThan(0);
    for (const q of pool) {
      const events = q.options.map((o) => event(o.key));
      expect(events.every((e) => e.date.status === "OCCURRED")).toBe(true);
      for (let i = 1; i < events.length; i++) expect(compareDates(events[i - 1]!, events[i]!)).toBe(-1);
      for (const e of events) expect(q.facts).toContain(`event:${e.id}:date`);
    }
  });
});

describe("chronologyCandidates facts", () => {
  it("counts a title that names its place as giving the place away", () => {
    const graph = structuredClone(ix.graph);
    graph.events.find((e) => e.id === "muscat-round")!.title = "First round of talks, in Muscat";
    const pool = chronologyCandidates(new GraphIndex(graph));
    const withMuscat = pool.find((c) => c.options.some((o) => o.key === "muscat-round"))!;
    expect(withMuscat.facts).toContain("event:muscat-round:location");
    expect(withMuscat.facts).not.toContain("event:rome-round:location");
  });
});

describe("chronologyCandidates and unstated dates", () => {
  it("never orders an event whose date the article does not state (text null, inferred)", () => {
    const graph = structuredClone(ix.graph);
    const withdrawal = graph.events.find((e) => e.id === "jcpoa-withdrawal")!;
    const before = chronologyCandidates(new GraphIndex(graph));
    expect(before.some((c) => c.options.some((o) => o.key === "jcpoa-withdrawal"))).toBe(true);
    const { span: _span, ...date } = withdrawal.date;
    withdrawal.date = { ...date, text: null, basis: "before the Rome round", approximate: true };
    const pool = chronologyCandidates(new GraphIndex(graph));
    expect(pool.length).toBeGreaterThan(0);
    expect(pool.some((c) => c.options.some((o) => o.key === "jcpoa-withdrawal"))).toBe(false);
    expect(pool.map((c) => c.explanation).join(" ")).not.toMatch(/null|not stated|inferred/);
  });
});
