import { type ContentError, formatPath, quoteText } from "./error.js";
import type { ArticleParts } from "./parts.js";
import { matchesBody } from "./spans.js";

const POSSESSIVE = /['’]s$/;

/**
 * Checks that facts say what their spans hold: quoted words inside their evidence, mentions naming
 * their entity, role evidence containing the role's title.
 */
export function checkFactText(file: string, parts: ArticleParts): ContentError[] {
  const errors: ContentError[] = [];
  const push = (path: PropertyKey[], message: string) => {
    errors.push({ file, path: formatPath(path), message });
  };
  parts.quotes.forEach((quote, i) => {
    if (!quote || quote.kind === "PARAPHRASE" || quote.evidence.text.includes(quote.text)) return;
    // A span that does not match the body is reported on its own; comparing against it only adds noise.
    if (!matchesBody(parts.body, quote.evidence)) return;
    push(
      ["quotes", i, "text"],
      `the ${quote.kind} quote ${quoteText(quote.text)} does not occur in its evidence ${quoteText(quote.evidence.text)}; the evidence span must hold the quoted words exactly`,
    );
  });
  parts.entities.forEach((entity, i) => {
    if (!entity) return;
    const names = [entity.name, ...entity.aliases];
    entity.mentions.forEach((mention, j) => {
      if (names.includes(mention.text) || !matchesBody(parts.body, mention)) return;
      const bare = mention.text.replace(POSSESSIVE, "");
      const message =
        bare !== mention.text && names.includes(bare)
          ? `mention ${quoteText(mention.text)} includes the possessive; end the span ${mention.text.length - bare.length} characters earlier so its text is ${quoteText(bare)}`
          : `mention ${quoteText(mention.text)} is neither the name ${quoteText(entity.name)} nor one of its aliases; add it to aliases or fix the span`;
      push(["entities", i, "mentions", j, "text"], message);
    });
    entity.roles.forEach((role, k) => {
      role.evidence.forEach((span, j) => {
        if (span.text.toLowerCase().includes(role.title.toLowerCase()) || !matchesBody(parts.body, span))
          return;
        push(
          ["entities", i, "roles", k, "evidence", j, "text"],
          `role evidence ${quoteText(span.text)} does not contain the title ${quoteText(role.title)}; choose a span that names the post`,
        );
      });
    });
  });
  return errors;
}
