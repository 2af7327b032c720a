import { describe, expect, it } from "vitest";
import { layoutTimeline } from "./timeline";

describe("layoutTimeline", () => {
  it("orders events by date and spaces them in proportion", () => {
    const marks = layoutTimeline([
      { id: "c", iso: "2025-04-26", scheduled: true },
      { id: "a", iso: "2025-04-12", scheduled: false },
      { id: "b", iso: "2025-04-19", scheduled: false },
    ]);
    expect(marks.map((m) => m.id)).toEqual(["a", "b", "c"]);
    expect(marks.map((m) => m.number)).toEqual([1, 2, 3]);
    expect(marks[1]!.x - marks[0]!.x).toBeCloseTo(marks[2]!.x - marks[1]!.x);
  });

  it("lifts marks that would overlap", () => {
    const marks = layoutTimeline([
      { id: "a", iso: "2025-03-01", scheduled: false },
      { id: "b", iso: "2025-04-12", scheduled: false },
      { id: "c", iso: "2025-04-13", scheduled: false },
    ]);
    expect(marks[2]!.y).not.toBe(marks[1]!.y);
  });

  it("cuts long gaps so recent days stay apart, and flags the break", () => {
    const marks = layoutTimeline([
      { id: "a", iso: "2015", scheduled: false },
      { id: "b", iso: "2018", scheduled: false },
      { id: "c", iso: "2025-04-12", scheduled: false },
      { id: "d", iso: "2025-04-19", scheduled: false },
    ]);
    expect(marks.map((m) => m.afterBreak)).toEqual([false, true, true, false]);
    // Seven days apart are drawn at least a tenth of the axis apart, not squeezed into a pixel.
    expect(marks[3]!.x - marks[2]!.x).toBeGreaterThan(55);
    expect(marks[1]!.x - marks[0]!.x).toBeCloseTo(marks[2]!.x - marks[1]!.x);
  });

  it("centres a single event", () => {
    expect(layoutTimeline([{ id: "a", iso: "2025", scheduled: false }])[0]!.x).toBe(300);
  });
});
