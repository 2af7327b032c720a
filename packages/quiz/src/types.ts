import type { Span } from "@quizwire/content";

export const QUESTION_TYPES = [
  "MULTIPLE_CHOICE",
  "TRUE_FALSE",
  "MULTI_SELECT",
  "ORDERING",
  "MATCHING",
  "CLOZE",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const SKILLS = [
  "attribution",
  "roles",
  "places",
  "sources",
  "agreements",
  "factions",
  "chronology",
  "vocabulary",
  "fact-check",
] as const;
export type Skill = (typeof SKILLS)[number];

export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** One option of a candidate, keyed by what it stands for (an entity id, a title, "true"). */
export interface CandidateOption {
  key: string;
  label: string;
  correct: boolean;
}

/** A labelled thing on one side of a MATCHING question. */
export interface CandidateItem {
  key: string;
  label: string;
}

/**
 * A question as a template makes it, before a quiz gives it ids and an order. The pool of an article
 * is every candidate its graph supports; `generateQuiz` draws from it.
 */
export interface QuestionCandidate {
  /** Stable identity within the pool, e.g. "who-said:q-witkoff-fox". */
  key: string;
  template: string;
  type: QuestionType;
  skill: Skill;
  difficulty: Difficulty;
  prompt: string;
  /** The fact the question asks about. */
  factKey: string;
  /** Every fact the question asks about or gives away; no two questions of a quiz share one. */
  facts: string[];
  /** MULTIPLE_CHOICE, TRUE_FALSE, MULTI_SELECT: the options; ORDERING: the items in the right order. */
  options: CandidateOption[];
  /** MATCHING: each left item with its right partner. */
  pairs?: { left: CandidateItem; right: CandidateItem }[];
  /** CLOZE: the texts accepted as right (the word first). */
  accepted?: string[];
  /** TRUE_FALSE: whether the statement is true. */
  truth?: boolean;
  correctAnswer: string;
  explanation: string;
  evidence: Span[];
}

export interface Choice {
  id: string;
  label: string;
}

export interface Question {
  /** `q1`, `q2`, … in quiz order. */
  id: string;
  type: QuestionType;
  prompt: string;
  skill: Skill;
  difficulty: Difficulty;
  /** The options shown; for ORDERING in a shuffled order; for MATCHING the right-hand options. */
  choices: Choice[];
  /** MATCHING only: the left items to pair and the right options to pair them with. */
  items?: { left: Choice[]; right: Choice[] };
  evidence: Span[];
  explanation: string;
  /** The fact asked about; no two questions of a quiz share one. Never sent to players. */
  factKey: string;
  /** Every fact the question asks about or gives away. Never sent to players. */
  facts: string[];
}

/** What a player may see before answering. */
export type PublicQuestion = Pick<
  Question,
  "id" | "type" | "prompt" | "skill" | "difficulty" | "choices" | "items"
>;

/** The answer to one question, kept apart from the question so the API can store it and never send it. */
export interface AnswerKey {
  questionId: string;
  /** MULTIPLE_CHOICE, TRUE_FALSE: one id; MULTI_SELECT: the set; ORDERING: every id in the right order. */
  correctChoiceIds: string[];
  /** MATCHING: left id -> right id. */
  pairs?: Record<string, string>;
  /** CLOZE: texts accepted after normalisation. */
  acceptedTexts?: string[];
  /** The answer as a person reads it. */
  correctAnswer: string;
}

export interface Quiz {
  articleId: string;
  seed: string;
  questions: Question[];
  answerKey: AnswerKey[];
}
