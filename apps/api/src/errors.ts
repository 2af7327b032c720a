import { unwrapResolverError } from "@apollo/server/errors";
import { AnswerShapeError, QuizOptionsError, UnknownQuestionError } from "@quizwire/quiz";
import { StoreInputError } from "@quizwire/store";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Logger } from "pino";

/** Codes a client can branch on; the message is always a sentence a person can act on. */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "UNAUTHENTICATED"
  | "INTERNAL_SERVER_ERROR"
  | "GRAPHQL_VALIDATION_FAILED";

export function userError(
  code: ErrorCode,
  message: string,
  extra: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (message: string, extra?: Record<string, unknown>) =>
  userError("BAD_USER_INPUT", message, extra);
export const notFound = (message: string, extra?: Record<string, unknown>) =>
  userError("NOT_FOUND", message, extra);

/** Codes that the server itself produces on purpose; anything else is masked. */
const KNOWN_CODES = new Set([
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_REQUEST",
]);

/** The code of an error the packages raise on bad input; undefined for anything else. */
function codeOf(error: unknown): ErrorCode | undefined {
  if (
    error instanceof StoreInputError ||
    error instanceof QuizOptionsError ||
    error instanceof AnswerShapeError
  ) {
    return "BAD_USER_INPUT";
  }
  if (error instanceof UnknownQuestionError) return "NOT_FOUND";
  return undefined;
}

/**
 * Apollo `formatError`: errors raised on purpose pass through without stack traces; any other error
 * (a bug, a database failure) is logged in full and replaced by a generic sentence.
 */
export function makeFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const mapped = codeOf(original);
    if (mapped) {
      // The store and the quiz engine explain bad input in a sentence meant for the caller.
      return { ...formatted, message: (original as Error).message, extensions: { code: mapped } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && KNOWN_CODES.has(code)) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: original, path: formatted.path }, "unexpected error in a request");
    return {
      message: "Something went wrong on our side; the error is logged. Try again later or report it.",
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}
