import { segment } from "@quizwire/content";
import { resolveCoreference } from "../src/coref/coreference.js";
import { resolveGroupPronouns } from "../src/coref/groups.js";
import { buildEntities } from "../src/entities/build.js";
import { findMentions } from "../src/entities/find-mentions.js";
import { findGroupMentions } from "../src/entities/groups.js";
import { linkMentions } from "../src/entities/link.js";
import { normaliseBody } from "../src/text/normalise.js";
import { tokenise } from "../src/text/tokens.js";

/** Runs the stages up to coreference on a text, for stage tests. */
export function runStages(text: string) {
  const body = normaliseBody(text);
  const { paragraphs, sentences } = segment(body);
  const tokens = tokenise(body);
  const table = buildEntities([
    ...linkMentions(findMentions(body, tokens, sentences), tokens),
    ...findGroupMentions(body),
  ]);
  const entities = new Map(table.entities.map((e) => [e.id, e]));
  const coref = resolveCoreference(
    tokens,
    table.mentions,
    sentences,
    (id) => entities.get(id)?.kind === "PERSON",
  );
  const groupPronouns = resolveGroupPronouns(
    tokens,
    table.mentions,
    sentences,
    (id) => entities.get(id)?.kind === "GROUP",
  );
  return {
    body,
    paragraphs,
    sentences,
    tokens,
    table,
    entities,
    coref,
    ctx: { body, mentions: table.mentions, coref, entities, groupPronouns },
  };
}

/** The entity named `name`, or undefined. */
export function entityNamed(stages: ReturnType<typeof runStages>, name: string) {
  return stages.table.entities.find((e) => e.name === name);
}
