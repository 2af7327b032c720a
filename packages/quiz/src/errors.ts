/** The quiz options cannot be met by this article's graph (too many questions, an unknown type…). */
export class QuizOptionsError extends Error {
  override name = "QuizOptionsError";
}

/** An answer does not have the shape its question needs; the message says which shape is expected. */
export class AnswerShapeError extends Error {
  override name = "AnswerShapeError";
  constructor(
    message: string,
    readonly questionId: string,
  ) {
    super(message);
  }
}

/** An answer names a question the quiz does not have. */
export class UnknownQuestionError extends Error {
  override name = "UnknownQuestionError";
  constructor(
    message: string,
    readonly questionId: string,
  ) {
    super(message);
  }
}
