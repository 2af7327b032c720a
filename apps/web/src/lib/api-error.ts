/** The API could not be reached or answered with something other than GraphQL. */
export class ApiDownError extends Error {
  override name = "ApiDownError";
}

/** The API answered with GraphQL errors; `code` is the first error's `extensions.code`. */
export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** True when an error means the thing asked for does not exist. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.code === "NOT_FOUND";
}
