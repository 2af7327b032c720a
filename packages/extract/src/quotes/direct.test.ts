import { describe, expect, it } from "vitest";
import { runStages } from "../../test/stages.js";
import { attributeQuotations } from "./direct.js";
import { findQuotations } from "./marks.js";
import { findParaphrases } from "./paraphrase.js";

function quotes(text: string) {
  const s = runStages(text);
  const result = attributeQuotations(s.ctx, s.sentences, s.paragraphs, findQuotations(s.body, s.paragraphs));
  const name = (id: string) => s.entities.get(id)?.name;
  return {
    found: result.quotes.map((q) => [q.text, name(q.speaker.entityId), q.speaker.resolution, q.kind]),
    unresolved: result.unresolved.map((q) => q.text),
    drafts: result.quotes,
  };
}

describe("attributeQuotations", () => {
  it("gives a quoted sentence right after an attributed one in its paragraph to the same speaker", () => {
    const { found } = quotes("“We had no choice,” said council leader James Lewis. “The budget is empty.”");
    expect(found).toEqual([
      ["We had no choice", "James Lewis", "EXPLICIT_NAME", "DIRECT"],
      ["The budget is empty.", "James Lewis", "PREVIOUS_SPEAKER", "DIRECT"],
    ]);
  });

  it("finds the speaker named in apposition before the verb and after a lower-case post", () => {
    const { found } = quotes('The mayor of Paris, Anne Hidalgo, said on Monday that "the river is clean".');
    expect(found.map((q) => q[1])).toEqual(["Anne Hidalgo"]);
  });

  it("finds the speaker after the quote, by name or by surname", () => {
    const { found } = quotes(
      'Opposition MP Paul Dewar spoke first. "This government is obsessed with secrecy," Dewar said. "We take it seriously," said Environment Minister John Baird.',
    );
    expect(found).toEqual([
      ["This government is obsessed with secrecy", "Paul Dewar", "SURNAME", "DIRECT"],
      ["We take it seriously", "John Baird", "EXPLICIT_NAME", "DIRECT"],
    ]);
  });

  it("finds the speaker before the quote, by pronoun, and carries it to the next paragraph", () => {
    const { found } = quotes(
      'Shadow Home Secretary Yvette Cooper was blunt. She said: "Labour has a common-sense plan to fast-track cases."\n"We would clear the backlog within a year and fix the system."',
    );
    expect(found).toEqual([
      ["Labour has a common-sense plan to fast-track cases.", "Yvette Cooper", "PRONOUN", "DIRECT"],
      [
        "We would clear the backlog within a year and fix the system.",
        "Yvette Cooper",
        "PREVIOUS_SPEAKER",
        "DIRECT",
      ],
    ]);
  });

  it("marks a few quoted words inside the writer's sentence PARTIAL and records the channel", () => {
    const { found, drafts } = quotes(
      "On Monday, Trump informed reporters that the talks were going “very well,” but cautioned that progress takes time.",
    );
    expect(found).toEqual([["very well", "Trump", "EXPLICIT_NAME", "PARTIAL"]]);
    expect(drafts[0]?.channel?.channel).toBe("to reporters");
  });

  it("leaves a quotation without a speaker unresolved", () => {
    expect(quotes("The talks were called “constructive,” yet doubts remain.").unresolved).toEqual([
      "constructive,",
    ]);
  });
});

describe("findParaphrases", () => {
  it("reads reported speech as PARAPHRASE with its channel", () => {
    const s = runStages(
      "Retired Colonel Douglas MacGregor pointed out on X that any strike would provoke a response from Russia.",
    );
    const found = findParaphrases(s.ctx, s.sentences, []);
    expect(
      found.map((q) => [q.text, s.entities.get(q.speaker.entityId)?.name, q.kind, q.channel?.channel]),
    ).toEqual([
      ["any strike would provoke a response from Russia", "Douglas MacGregor", "PARAPHRASE", "post on X"],
    ]);
  });

  it("skips reported speech whose speaker is not a named person or body", () => {
    const s = runStages("They contended that the moment offered a rare advantage.");
    expect(findParaphrases(s.ctx, s.sentences, [])).toEqual([]);
  });
});

describe("attributeQuotations regressions", () => {
  it("does not take the noun 'claim' for a verb, nor the object of 'tell' for the speaker", () => {
    const { unresolved } = quotes(
      'Officials tell BBC News every claim will be assessed, with no one refused "based solely on the response of the questionnaire".',
    );
    expect(unresolved).toEqual(["based solely on the response of the questionnaire"]);
  });

  it("takes the person, not the body in apposition, and not a passive agent", () => {
    const { found, unresolved } = quotes(
      'Jeff Rathke, the State Department Spokesperson, said, "We urge the governments of the region to act." A letter seen by Sky News says "failure to return the form may end the claim".',
    );
    expect(found).toEqual([
      ["We urge the governments of the region to act.", "Jeff Rathke", "EXPLICIT_NAME", "DIRECT"],
    ]);
    expect(unresolved).toEqual(["failure to return the form may end the claim"]);
  });
});

describe("findParaphrases without 'that'", () => {
  it("reads 'X said they …' and a stance stated with an object", () => {
    const s = runStages(
      "Spokesperson Julie Hahn said they apply to letters of complaint. Special Envoy Steve Witkoff underscored the necessity of strict verification protocols.",
    );
    const found = findParaphrases(s.ctx, s.sentences, []);
    expect(found.map((q) => [s.entities.get(q.speaker.entityId)?.name, q.text])).toEqual([
      ["Julie Hahn", "they apply to letters of complaint"],
      ["Steve Witkoff", "the necessity of strict verification protocols"],
    ]);
  });
});

describe("attributeQuotations with group speakers", () => {
  it("gives quoted words to both sides of a talk, and reported speech to a faction through 'They'", () => {
    const s = runStages(
      "Both sides described the ceasefire as “fragile,” diplomats noted. A hardline faction, led by Omar Said, opposed the plan. They insisted that the border must stay closed.",
    );
    const direct = attributeQuotations(
      s.ctx,
      s.sentences,
      s.paragraphs,
      findQuotations(s.body, s.paragraphs),
    );
    expect(direct.quotes.map((q) => [q.text, s.entities.get(q.speaker.entityId)?.name])).toEqual([
      ["fragile", "Both sides"],
    ]);
    const reported = findParaphrases(s.ctx, s.sentences, []);
    expect(
      reported.map((q) => [q.text, s.entities.get(q.speaker.entityId)?.name, q.speaker.resolution]),
    ).toEqual([["the border must stay closed", "hardline faction", "PRONOUN"]]);
  });
});

describe("findParaphrases with a list of speakers", () => {
  it("gives no single person the words of a list whose last name carries a post", () => {
    const s = runStages(
      "Mayor Ana Ruiz, Tom Bell, and Budget Director Lena Park backed the levy, warning that the library could close.",
    );
    expect(findParaphrases(s.ctx, s.sentences, [])).toEqual([]);
  });
});

describe("findParaphrases of views and questions", () => {
  it("reads 'X interpreted it as …' and a group's 'they wonder why …'", () => {
    const s = runStages(
      "The West interpreted the missile test as a direct challenge to the treaty. Many Turkish officials are wary, and they wonder whether the pipeline deal will survive the winter.",
    );
    const found = findParaphrases(s.ctx, s.sentences, []);
    expect(found.map((q) => [s.entities.get(q.speaker.entityId)?.name, q.text])).toEqual([
      ["the West", "a direct challenge to the treaty"],
      ["Turkish officials", "whether the pipeline deal will survive the winter"],
    ]);
  });
});
