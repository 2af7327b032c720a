/** A player's answer to one question. */
export interface Answer {
  /** MULTIPLE_CHOICE, TRUE_FALSE: one id; MULTI_SELECT: the ids picked; ORDERING: every id, in the player's order. */
  choiceIds?: string[];
  /** CLOZE: the typed word. */
  text?: string;
  /** MATCHING: one pair per left item. */
  pairs?: { leftId: string; rightId: string }[];
}

export interface GradeResult {
  questionId: string;
  /** Only for full credit. */
  correct: boolean;
  /** 0..1; partial for MULTI_SELECT, ORDERING and MATCHING (see README). */
  credit: number;
  /** False when the quiz was graded without an answer to this question. */
  answered: boolean;
  correctChoiceIds: string[];
  correctAnswer: string;
}
