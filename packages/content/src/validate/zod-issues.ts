import type { z } from "zod";
import { type ContentError, formatPath, quoteText } from "./error.js";

const ZOD_DEFAULT_MESSAGE = /^(Invalid|Too small|Too big|Unrecognized key)/;

/** Turns zod's issues into content errors, one per problem, with a message a person can act on. */
export function zodIssuesToErrors(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  prefix: PropertyKey[] = [],
) {
  const errors: ContentError[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        errors.push({
          file,
          path: formatPath([...path, key]),
          message: `unknown field ${quoteText(key)}: remove it or check its spelling`,
        });
      }
      continue;
    }
    errors.push({ file, path: formatPath(path), message: describeIssue(issue) });
  }
  return errors;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case "invalid_type":
      if (!ZOD_DEFAULT_MESSAGE.test(issue.message)) return issue.message;
      return input === undefined
        ? `missing: add ${withArticle(issue.expected)}`
        : `expected ${withArticle(issue.expected)}, found ${describeValue(input)}`;
    case "invalid_value":
      return `${describeValue(input)} is not allowed: use one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "too_small":
      if (!ZOD_DEFAULT_MESSAGE.test(issue.message)) return issue.message;
      if (issue.origin === "string" && Number(issue.minimum) === 1) return "must not be empty";
      if (issue.origin === "array") return `needs at least ${issue.minimum} item(s)`;
      return `${describeValue(input)} is too small: the minimum is ${issue.minimum}`;
    case "too_big":
      if (issue.origin === "array") return `has too many items: at most ${issue.maximum}`;
      return `${describeValue(input)} is too big: the maximum is ${issue.maximum}`;
    case "invalid_format": {
      const what = ZOD_DEFAULT_MESSAGE.test(issue.message) ? `not a valid ${issue.format}` : issue.message;
      return `${what} (found ${describeValue(input)})`;
    }
    case "custom":
      return issue.message;
    default:
      return issue.message;
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return quoteText(value);
  return String(value);
}

function withArticle(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}
