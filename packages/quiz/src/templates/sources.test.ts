import { describe, expect, it } from "vitest";
import { byKey, ix } from "../../test/pool.js";
import { sourceCandidates } from "./sources.js";

describe("sourceCandidates", () => {
  const pool = sourceCandidates(ix);

  it("skips multiple choice when fewer than three other outlets exist", () => {
    // The fixture has Fox News, Axios and X only: two distractors at most.
    expect(pool.filter((c) => c.type === "MULTIPLE_CHOICE")).toEqual([]);
  });

  it("swaps the outlet for a true-or-false statement, keeping the outlet out of the rest of it", () => {
    const t = byKey(pool, "tf-outlet-quote:q-macgregor-x:true");
    const f = byKey(pool, "tf-outlet-quote:q-macgregor-x:false");
    expect(t.prompt).toBe(
      "True or false? X carried this: Douglas MacGregor pointed out that any significant American military action against Iran would likely provoke a response from Russia.",
    );
    expect(f.prompt).toMatch(
      /^True or false\? (Fox News|Axios) carried this: Douglas MacGregor pointed out that/,
    );
  });

  it("asks which outlet reported an event", () => {
    const t = byKey(pool, "tf-outlet-report:security-meeting.reported-by.axios:true");
    expect(t.prompt).toBe(
      "True or false? Axios reported on this: Trump's meeting with top national security officials.",
    );
  });
});
