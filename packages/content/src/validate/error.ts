/** One problem in a content file: where it is and what to fix. */
export interface ContentError {
  /** The file the problem is in, as given to the loader or validator. */
  file: string;
  /** Where inside the file, like "quotes[3].evidence.text"; "" for the file as a whole. */
  path: string;
  /** What is wrong and what to fix. */
  message: string;
}

/** The outcome of validating content: the typed value, or every error found. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: ContentError[] };

/** Renders a path of keys and indexes as "quotes[3].evidence.text". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Formats an error as one line: `file: path: message`. */
export function formatContentError(error: ContentError): string {
  return error.path === ""
    ? `${error.file}: ${error.message}`
    : `${error.file}: ${error.path}: ${error.message}`;
}

/** Thrown by the list functions when content does not validate; carries every error. */
export class ContentValidationError extends Error {
  constructor(readonly errors: ContentError[]) {
    super(
      `content does not validate (${errors.length} errors):\n${errors.map(formatContentError).join("\n")}`,
    );
    this.name = "ContentValidationError";
  }
}

/** Shows a piece of text in a message, shortened when long. */
export function quoteText(text: string, max = 60): string {
  const shown = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return JSON.stringify(shown);
}
