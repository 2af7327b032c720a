import { QUESTION_TYPES } from "@quizwire/quiz";
import { registerEnumType } from "type-graphql";

export const QuestionType = Object.fromEntries(QUESTION_TYPES.map((t) => [t, t])) as {
  [K in (typeof QUESTION_TYPES)[number]]: K;
};
registerEnumType(QuestionType, {
  name: "QuestionType",
  description: "ORDERING: choiceIds in order; MATCHING: pairs of {leftId, rightId}; CLOZE: text.",
});

/** GraphQL names in upper case, the quiz engine's values in lower case. */
export enum Difficulty {
  EASY = "easy",
  MEDIUM = "medium",
  HARD = "hard",
  MIXED = "mixed",
}
registerEnumType(Difficulty, {
  name: "Difficulty",
  description: "MIXED (default) takes questions of any difficulty.",
});

export enum Skill {
  ATTRIBUTION = "attribution",
  ROLES = "roles",
  PLACES = "places",
  SOURCES = "sources",
  AGREEMENTS = "agreements",
  FACTIONS = "factions",
  CHRONOLOGY = "chronology",
  VOCABULARY = "vocabulary",
  FACT_CHECK = "fact-check",
}
registerEnumType(Skill, { name: "Skill", description: "What a question tests." });
