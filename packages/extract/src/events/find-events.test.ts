import { describe, expect, it } from "vitest";
import { runStages } from "../../test/stages.js";
import { findDates } from "../dates/find-dates.js";
import { assembleEvents } from "./assemble.js";
import { findEvents } from "./find-events.js";

function drafts(text: string, publishedAt: string) {
  const s = runStages(text);
  const dates = findDates(s.body, s.sentences, publishedAt);
  return { s, found: assembleEvents(findEvents({ ...s.ctx, sentences: s.sentences, dates, publishedAt })) };
}

function events(text: string, publishedAt = "2025-04-22") {
  const { s, found } = drafts(text, publishedAt);
  const name = (id?: string) => (id ? s.entities.get(id)?.name : undefined);
  return found.map((e) => ({
    kind: e.kind,
    date: e.date.iso,
    status: e.date.status,
    place: name(e.locationId),
    who: e.participants.map((p) => name(p.entityId)),
  }));
}

/** Each event's kind, date words and basis (how an unstated date was inferred). */
function dates(text: string, publishedAt = "2025-04-22") {
  return drafts(text, publishedAt).found.map((e) => [e.kind, e.date.text, e.date.basis]);
}

describe("findEvents", () => {
  it("gives one negotiation round per place, each with its own date", () => {
    expect(
      events(
        "Last Saturday, the second round of US-Iran nuclear talks was held in Rome, following an initial meeting a week earlier in Muscat, Oman.",
      ),
    ).toEqual([
      {
        kind: "NEGOTIATION_ROUND",
        date: "2025-04-19",
        status: "OCCURRED",
        place: "Rome",
        who: ["United States", "Iran"],
      },
      {
        kind: "NEGOTIATION_ROUND",
        date: "2025-04-12",
        status: "OCCURRED",
        place: "Muscat",
        who: ["United States", "Iran"],
      },
    ]);
  });

  it("marks future rounds SCHEDULED", () => {
    const found = events(
      "Two additional rounds of talks are scheduled: one in Geneva next week and another in Oman the following week.",
    );
    expect(found.map((e) => [e.place, e.date, e.status])).toEqual([
      ["Geneva", "2025-04-28", "SCHEDULED"],
      ["Oman", "2025-05-05", "SCHEDULED"],
    ]);
  });

  it("finds visits, ratifications and posts with their participants", () => {
    const found = events(
      "On Monday, April 21, Foreign Minister Abbas Araghchi stopped in Moscow to meet with President Vladimir Putin. That same day, President Putin ratified a law. Araghchi later wrote on X about it.",
    );
    expect(found.map((e) => [e.kind, e.place, e.who[0], e.date])).toEqual([
      ["VISIT", "Moscow", "Abbas Araghchi", "2025-04-21"],
      ["RATIFICATION", undefined, "Vladimir Putin", "2025-04-21"],
      ["POST", undefined, "Abbas Araghchi", "2025-04-21"],
    ]);
  });
});

describe("findEvents on everyday news verbs", () => {
  it("finds a visit without 'in', a statement to an outlet, an election win and a resignation", () => {
    const found = events(
      "Prime Minister Francois Bayrou told Le Monde that he would act. Bayrou visited Lyon on Tuesday. Karol Nawrocki won the presidential election on Sunday. Mayor Jane Hollis resigned on Friday, the Daily Courier reported.",
      "2025-03-03",
    );
    expect(found.map((e) => [e.kind, e.place, e.who, e.date])).toEqual([
      // No date in the sentence and none before it: the year of publication, approximate.
      ["STATEMENT", undefined, ["Francois Bayrou", "Le Monde"], "2025"],
      ["VISIT", "Lyon", ["Francois Bayrou"], "2025-02-25"],
      ["OTHER", undefined, ["Karol Nawrocki"], "2025-03-02"],
      ["OTHER", undefined, ["Jane Hollis"], "2025-02-28"],
      ["REPORT", undefined, ["Jane Hollis", "Daily Courier"], "2025-02-28"],
    ]);
  });
});

describe("findEvents dated by the story", () => {
  it("dates a stop before arriving at a dated round to the day before; what follows, undated or 'that same day', to that stop", () => {
    const found = events(
      "Last Friday, the third round of trade talks was held in Geneva. Before arriving in Geneva, Minister Li Wei stopped in Berlin to meet with Chancellor Olaf Scholz. Li Wei delivered a message from his premier. That same day, President Emmanuel Macron ratified the accord. On Monday, the markets rallied.",
    );
    expect(found.map((e) => [e.kind, e.date])).toEqual([
      ["NEGOTIATION_ROUND", "2025-04-18"],
      ["VISIT", "2025-04-17"],
      ["OTHER", "2025-04-17"],
      ["RATIFICATION", "2025-04-17"],
    ]);
  });

  it("leaves text null for a date no sentence states, with a basis saying how it was inferred", () => {
    const story = dates(
      "Last Friday, the third round of trade talks was held in Geneva. Before arriving in Geneva, Minister Li Wei stopped in Berlin to meet with Chancellor Olaf Scholz. Li Wei delivered a message from his premier.",
    );
    expect(story).toEqual([
      ["NEGOTIATION_ROUND", "Last Friday", undefined],
      ["VISIT", "Before arriving in Geneva", undefined],
      ["OTHER", null, "after “Before arriving in Geneva”"],
    ]);
    expect(dates("Prime Minister Francois Bayrou told Le Monde that he would act.", "2025-03-03")).toEqual([
      ["STATEMENT", null, "before publication"],
    ]);
  });

  it("finds a statement made with 'noted that' and a delivered message", () => {
    const found = events(
      "Foreign Minister Ana Costa noted that the talks had stalled. Envoy Sam Reed delivered a letter from President Luiz Lula.",
    );
    expect(found.map((e) => [e.kind, e.who])).toEqual([
      ["STATEMENT", ["Ana Costa"]],
      ["OTHER", ["Sam Reed", "Luiz Lula"]],
    ]);
  });
});
