import { type Entity, PLACE_KINDS } from "../schema/entity.js";
import { type ContentError, formatPath } from "./error.js";
import type { ArticleParts, IdOwner } from "./parts.js";

const SINGULAR: Record<IdOwner["section"], string> = {
  article: "the article",
  entities: "an entity",
  quotes: "a quote",
  events: "an event",
  relations: "a relation",
};

/** Checks that ids are unique across the article and all fact kinds. */
export function checkDuplicateIds(file: string, parts: ArticleParts): ContentError[] {
  const errors: ContentError[] = [];
  for (const [id, owners] of parts.ids) {
    const [first, ...rest] = owners;
    for (const owner of rest) {
      errors.push({
        file,
        path: formatPath(pathOf(owner)),
        message: `duplicate id "${id}": it is already the id of ${formatPath(pathOf(first!))}; ids must be unique across the article, entities, quotes, events and relations`,
      });
    }
  }
  return errors;
}

/** Checks that every reference resolves to a fact of the right kind, and that locations are places. */
export function checkReferences(file: string, parts: ArticleParts): ContentError[] {
  const errors: ContentError[] = [];
  const entities = new Map<string, Entity>();
  for (const entity of parts.entities)
    if (entity && !entities.has(entity.id)) entities.set(entity.id, entity);
  const expect = (path: PropertyKey[], id: string | undefined, section: "entities" | "events") => {
    if (id === undefined) return;
    const owners = parts.ids.get(id) ?? [];
    if (owners.some((owner) => owner.section === section)) return;
    const other = owners[0];
    const found = other ? ` ("${id}" is ${SINGULAR[other.section]})` : "";
    errors.push({
      file,
      path: formatPath(path),
      message: `dangling reference: no ${section === "entities" ? "entity" : "event"} has id "${id}"${found}; fix the id or add the ${section === "entities" ? "entity" : "event"}`,
    });
  };
  for (const [i, entity] of parts.entities.entries()) {
    for (const [k, role] of entity?.roles.entries() ?? [])
      expect(["entities", i, "roles", k, "ofId"], role.ofId, "entities");
  }
  parts.quotes.forEach((quote, i) => {
    if (!quote) return;
    expect(["quotes", i, "speakerId"], quote.speakerId, "entities");
    expect(["quotes", i, "channelEntityId"], quote.channelEntityId, "entities");
    expect(["quotes", i, "eventId"], quote.eventId, "events");
  });
  parts.events.forEach((event, i) => {
    if (!event) return;
    expect(["events", i, "locationId"], event.locationId, "entities");
    const place = event.locationId === undefined ? undefined : entities.get(event.locationId);
    if (place && !PLACE_KINDS.includes(place.kind)) {
      errors.push({
        file,
        path: formatPath(["events", i, "locationId"]),
        message: `the location "${place.id}" is a ${place.kind}, not a place; use an entity of kind ${PLACE_KINDS.join(", ")}`,
      });
    }
    for (const [j, p] of event.participants.entries()) {
      expect(["events", i, "participants", j, "entityId"], p.entityId, "entities");
    }
  });
  parts.relations.forEach((relation, i) => {
    if (!relation) return;
    expect(["relations", i, "subjectId"], relation.subjectId, "entities");
    expect(["relations", i, "objectId"], relation.objectId, "entities");
  });
  return errors;
}

function pathOf(owner: IdOwner): PropertyKey[] {
  return owner.section === "article" ? ["article", "id"] : [owner.section, owner.index, "id"];
}
