import type { Span } from "../schema/span.js";
import { type ContentError, formatPath, quoteText } from "./error.js";
import type { ArticleParts } from "./parts.js";

/** A span found in a file, with its path ("quotes[3].evidence"). */
export interface LocatedSpan {
  path: PropertyKey[];
  span: Span;
}

/** Every span of every fact that parsed, in file order. */
export function collectSpans(parts: ArticleParts): LocatedSpan[] {
  const out: LocatedSpan[] = [];
  const add = (path: PropertyKey[], span: Span | undefined) => {
    if (span) out.push({ path, span });
  };
  for (const [i, entity] of parts.entities.entries()) {
    for (const [j, span] of entity?.mentions.entries() ?? []) add(["entities", i, "mentions", j], span);
    for (const [k, role] of entity?.roles.entries() ?? []) {
      for (const [j, span] of role.evidence.entries()) add(["entities", i, "roles", k, "evidence", j], span);
    }
  }
  for (const [i, quote] of parts.quotes.entries()) {
    add(["quotes", i, "evidence"], quote?.evidence);
    add(["quotes", i, "date", "span"], quote?.date?.span);
  }
  for (const [i, event] of parts.events.entries()) {
    add(["events", i, "date", "span"], event?.date.span);
    for (const [j, span] of event?.evidence.entries() ?? []) add(["events", i, "evidence", j], span);
  }
  for (const [i, relation] of parts.relations.entries()) {
    for (const [j, span] of relation?.evidence.entries() ?? []) add(["relations", i, "evidence", j], span);
  }
  return out;
}

/** Checks that every span lies inside the body and that its text is what the body has there. */
export function checkSpans(file: string, parts: ArticleParts): ContentError[] {
  const body = parts.body;
  if (body === undefined) return [];
  const errors: ContentError[] = [];
  for (const { path, span } of collectSpans(parts)) {
    if (span.end > body.length) {
      errors.push({
        file,
        path: formatPath([...path, "end"]),
        message: `span [${span.start}, ${span.end}) is out of range: the body has ${body.length} characters; fix start and end${hint(body, span.text)}`,
      });
      continue;
    }
    const actual = body.slice(span.start, span.end);
    if (actual !== span.text) {
      errors.push({
        file,
        path: formatPath([...path, "text"]),
        message: `span text ${quoteText(span.text)} does not match the body, which has ${quoteText(actual)} at [${span.start}, ${span.end}); fix the text or the offsets${hint(body, span.text)}`,
      });
    }
  }
  return errors;
}

/** Where the claimed text does occur, so the fix is one edit away. */
function hint(body: string, text: string): string {
  const at = body.indexOf(text);
  if (at < 0) return " (that text does not occur anywhere in the body)";
  return ` (that text occurs at start ${at}, end ${at + text.length})`;
}

/** True when the span's text is what the body has there (or there is no body to compare with). */
export function matchesBody(body: string | undefined, span: Span): boolean {
  return body === undefined || body.slice(span.start, span.end) === span.text;
}
