/** A stored quiz instance; `questions` holds the answer keys and never leaves the server as is. */
export interface QuizRow {
  id: string;
  articleId: string;
  options: unknown;
  seed: number;
  questions: unknown;
  createdAt: Date;
}

export interface NewQuiz {
  /** Defaults to a random UUID. */
  id?: string;
  articleId: string;
  options: unknown;
  seed: number;
  questions: unknown;
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
