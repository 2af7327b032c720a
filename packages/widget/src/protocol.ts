/**
 * The postMessage protocol between an embed frame and the page that hosts it (version 1).
 *
 * Every message is a plain object `{ quizwire: 1, type, ...payload }`. The frame posts only to the
 * host origin it was given (never to "*"); the loader accepts only messages whose `origin` is the
 * Quizwire app's origin and whose `source` is one of the frames it created.
 */
export const PROTOCOL_VERSION = 1;

export interface ReadyMessage {
  quizwire: 1;
  type: "ready";
  quizId: string;
  questionCount: number;
}
export interface ResizeMessage {
  quizwire: 1;
  type: "resize";
  /** The content's height in CSS pixels. */
  height: number;
}
export interface AnswerMessage {
  quizwire: 1;
  type: "answer";
  quizId: string;
  questionId: string;
  correct: boolean;
  /** The question's prompt and the reader's answer, in words (used for xAPI statements). */
  prompt?: string;
  response?: string;
}
export interface CompleteMessage {
  quizwire: 1;
  type: "complete";
  quizId: string;
  score: number;
  total: number;
}
export type FrameMessage = ReadyMessage | ResizeMessage | AnswerMessage | CompleteMessage;

/** `detail` of the DOM CustomEvents the host element dispatches (`quizwire:ready` …). */
export interface QuizwireEventMap {
  "quizwire:ready": CustomEvent<{ quizId: string; questionCount: number }>;
  "quizwire:answer": CustomEvent<{ quizId: string; questionId: string; correct: boolean }>;
  "quizwire:complete": CustomEvent<{ quizId: string; score: number; total: number }>;
  "quizwire:xapi": CustomEvent<XapiStatement>;
}

export interface XapiStatement {
  verb: { id: string; display: { "en-US": string } };
  object: { id: string; objectType: "Activity"; definition: { name: { "en-US": string } } };
  result: { success?: boolean; response?: string; score?: { raw: number; max: number; scaled: number } };
  timestamp: string;
}

/** True when `data` is a well-formed version-1 frame message. */
export function isFrameMessage(data: unknown): data is FrameMessage {
  if (typeof data !== "object" || data === null) return false;
  const m = data as Record<string, unknown>;
  if (m.quizwire !== PROTOCOL_VERSION) return false;
  switch (m.type) {
    case "ready":
      return typeof m.quizId === "string" && typeof m.questionCount === "number";
    case "resize":
      return typeof m.height === "number" && Number.isFinite(m.height);
    case "answer":
      return (
        typeof m.quizId === "string" && typeof m.questionId === "string" && typeof m.correct === "boolean"
      );
    case "complete":
      return typeof m.quizId === "string" && typeof m.score === "number" && typeof m.total === "number";
    default:
      return false;
  }
}
