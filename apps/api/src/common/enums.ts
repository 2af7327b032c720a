import {
  DATE_PRECISIONS,
  DATE_STATUSES,
  ENTITY_KINDS,
  EVENT_KINDS,
  PREDICATES,
  QUOTE_KINDS,
} from "@quizwire/content";
import { registerEnumType } from "type-graphql";

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const EntityKind = enumOf(ENTITY_KINDS);
export const QuoteKind = enumOf(QUOTE_KINDS);
export const EventKind = enumOf(EVENT_KINDS);
export const Predicate = enumOf(PREDICATES);
export const DatePrecision = enumOf(DATE_PRECISIONS);
export const DateStatus = enumOf(DATE_STATUSES);

registerEnumType(EntityKind, { name: "EntityKind", description: "What an entity is." });
registerEnumType(QuoteKind, {
  name: "QuoteKind",
  description: "DIRECT: a whole quoted utterance; PARTIAL: a few quoted words; PARAPHRASE: reported speech.",
});
registerEnumType(EventKind, { name: "EventKind", description: "What happened." });
registerEnumType(Predicate, {
  name: "Predicate",
  description: "How a relation's subject relates to its object.",
});
registerEnumType(DatePrecision, { name: "DatePrecision", description: "How much of a date the text gives." });
registerEnumType(DateStatus, {
  name: "DateStatus",
  description: "Whether the event happened or is planned.",
});
