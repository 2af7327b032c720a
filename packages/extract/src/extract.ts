import {
  type AnnotatedArticle,
  AnnotatedArticleSchema,
  type Entity,
  formatContentError,
  type Quote,
  segment,
  validateAnnotatedArticle,
} from "@quizwire/content";
import { bylineAuthor } from "./byline.js";
import { resolveCoreference } from "./coref/coreference.js";
import { resolveGroupPronouns } from "./coref/groups.js";
import { findDates } from "./dates/find-dates.js";
import { addAppositiveRoles } from "./entities/appositive-roles.js";
import { buildEntities } from "./entities/build.js";
import { findMentions } from "./entities/find-mentions.js";
import { findGroupMentions } from "./entities/groups.js";
import { linkMentions } from "./entities/link.js";
import { compromisePersonHint } from "./entities/person-hint.js";
import { assembleEvents } from "./events/assemble.js";
import { findEvents } from "./events/find-events.js";
import { IdPool, slugify } from "./ids.js";
import { prepareInput } from "./input/prepare.js";
import { assembleQuotes } from "./quotes/assemble.js";
import { attributeQuotations } from "./quotes/direct.js";
import { findQuotations } from "./quotes/marks.js";
import { findParaphrases } from "./quotes/paraphrase.js";
import { relationsFromEvents } from "./relations/from-events.js";
import { scopeFactIds } from "./scope-ids.js";
import { tokenise } from "./text/tokens.js";
import type { ExtractOptions, RawInput } from "./types.js";

/** A draft annotated article and what the extractor could not do or had to assume. */
export interface ExtractResult {
  draft: AnnotatedArticle;
  warnings: string[];
}

/**
 * Drafts an annotated article from raw text: sentences, entities, coreference, dates, quotes and
 * events, every fact with a span and provenance `{method, confidence, status: "DRAFT"}`. The draft
 * passes the content validator; quotes whose speaker cannot be resolved are left out and listed in
 * the warnings. Throws ExtractInputError for input that cannot become an article.
 */
export function extractArticle(raw: RawInput, options: ExtractOptions = {}): ExtractResult {
  const stage = options.onStage ?? (() => {});
  stage("checking input");
  const { title, body, publishedAt, warnings } = prepareInput(raw, options);
  stage("sentences");
  const { paragraphs, sentences } = segment(body);
  stage("entities");
  const tokens = tokenise(body);
  const hint = options.personHint === false ? undefined : compromisePersonHint();
  const ids = new IdPool();
  const table = buildEntities(
    [...linkMentions(findMentions(body, tokens, sentences), tokens, hint), ...findGroupMentions(body)],
    ids,
  );
  addAppositiveRoles(body, table.entities, table.mentions);
  const author = bylineAuthor(raw.byline, table.entities, ids);
  const entities: Entity[] =
    author && !table.entities.some((e) => e.id === author.id) ? [...table.entities, author] : table.entities;
  const byId = new Map(entities.map((e) => [e.id, e]));
  stage("coreference");
  const coref = resolveCoreference(
    tokens,
    table.mentions,
    sentences,
    (id) => byId.get(id)?.kind === "PERSON",
  );
  stage("dates");
  const dates = findDates(body, sentences, publishedAt, table.mentions);
  stage("quotes");
  const groupPronouns = resolveGroupPronouns(
    tokens,
    table.mentions,
    sentences,
    (id) => byId.get(id)?.kind === "GROUP",
  );
  const ctx = {
    body,
    mentions: table.mentions,
    coref,
    entities: byId,
    groupPronouns,
    ...(author ? { authorId: author.id } : {}),
  };
  const quotations = findQuotations(body, paragraphs);
  const direct = attributeQuotations(ctx, sentences, paragraphs, quotations);
  for (const q of direct.unresolved) {
    warnings.push(`quote at ${q.start} “${q.text.slice(0, 60)}” left out: no speaker could be resolved`);
  }
  const quotes: Quote[] = assembleQuotes(
    [...direct.quotes, ...findParaphrases(ctx, sentences, quotations)],
    dates,
  );
  stage("events");
  const events = assembleEvents(
    findEvents({ body, sentences, mentions: table.mentions, entities: byId, dates, coref, publishedAt }),
  );
  const slug =
    raw.slug ??
    slugify(title)
      .slice(0, 60)
      .replace(/-[^-]*$/, (tail) => (slugify(title).length > 60 ? "" : tail));
  const draft = scopeFactIds(
    AnnotatedArticleSchema.parse({
      formatVersion: 1,
      article: {
        id: slug,
        slug,
        title,
        ...(raw.dek ? { dek: raw.dek } : {}),
        ...(raw.byline ? { byline: raw.byline } : {}),
        ...(raw.publisher ? { publisher: raw.publisher } : {}),
        publishedAt,
        ...(raw.dateline ? { dateline: raw.dateline } : {}),
        ...(raw.sourceUrl ? { sourceUrl: raw.sourceUrl } : {}),
        ...(raw.license ? { license: raw.license } : {}),
        ...(raw.attribution ? { attribution: raw.attribution } : {}),
        language: "en",
        body,
        paragraphs,
        sentences,
      },
      entities,
      quotes,
      events,
      relations: relationsFromEvents(events, byId),
    }),
  );
  stage("validating");
  const checked = validateAnnotatedArticle(draft, `${slug} (draft)`);
  if (!checked.ok) {
    throw new Error(
      `the draft failed validation (an extractor bug):\n${checked.errors.map(formatContentError).join("\n")}`,
    );
  }
  if (quotes.length === 0) warnings.push("no quotes found: the draft has none");
  return { draft: checked.value, warnings };
}
