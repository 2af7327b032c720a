/** A stored quiz instance; `questions` holds the answer keys and never leaves the server as is. */
export interface QuizRow {
  id: string;
  articleId: string;
  options: unknown;
  seed: number;
  questions: unknown;
  /** Set when the quiz was made from a given seed (see `NewQuiz.contentHash`); null otherwise. */
  identityKey: string | null;
  createdAt: Date;
}

export interface NewQuiz {
  /** Defaults to a random UUID. */
  id?: string;
  articleId: string;
  options: unknown;
  seed: number;
  questions: unknown;
  /**
   * The article's content hash at generation time. When given, the quiz is keyed by (article,
   * content hash, options, seed): an identical earlier quiz is returned instead of a new row, even
   * under concurrent calls. Leave it out for random-seed quizzes, which are always new.
   */
  contentHash?: string;
}

export interface AttemptRow {
  id: string;
  quizId: string;
  idempotencyKey: string;
  answers: unknown;
  results: unknown;
  score: number;
  total: number;
  /** Where the attempt came from (the embedding page's origin), when known. */
  origin: string | null;
  createdAt: Date;
}

export interface NewAttempt {
  quizId: string;
  idempotencyKey: string;
  answers: unknown;
  results: unknown;
  score: number;
  total: number;
  origin?: string | null;
}

export interface ApiKeyRow {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}
