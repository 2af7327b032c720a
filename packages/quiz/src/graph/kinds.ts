import type { EntityKind } from "@quizwire/content";

/**
 * Kinds that can stand in for one another as distractors: a person for a person, an outlet for an
 * outlet or a platform, an agreement for a law or a programme.
 */
const FAMILIES: Record<EntityKind, string> = {
  PERSON: "person",
  ORGANIZATION: "organisation",
  GOVERNMENT: "organisation",
  MEDIA_OUTLET: "outlet",
  PLATFORM: "outlet",
  COUNTRY: "country",
  CITY: "city",
  REGION: "region",
  AGREEMENT: "agreement",
  LAW: "agreement",
  PROGRAM: "agreement",
  GROUP: "group",
  POSITION: "position",
  OTHER: "other",
};

export function kindFamily(kind: EntityKind): string {
  return FAMILIES[kind];
}

/** The word a prompt uses for a place of this kind ("In which city …"). */
export function placeNoun(kind: EntityKind): string {
  if (kind === "CITY") return "city";
  if (kind === "COUNTRY") return "country";
  return "place";
}
