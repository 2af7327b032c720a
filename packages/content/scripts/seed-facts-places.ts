import type { EntityDraft } from "./seed-facts-types.js";

/**
 * Countries, cities and regions. Capitals are cities even where the story uses them for their
 * governments ("Washington’s stance", "Tehran must … dismantle", "the Moscow-Tehran alliance"):
 * the body names a city, so the mention is the city's, and the description says what it stands for.
 * Demonyms ("Iranian", "American", "Israeli") are adjectives, not names, so they are not mentions.
 */
export const PLACES: EntityDraft[] = [
  {
    id: "united-states",
    kind: "COUNTRY",
    name: "United States",
    aliases: ["US", "America"],
    description: "One of the two parties to the nuclear talks.",
  },
  { id: "iran", kind: "COUNTRY", name: "Iran", description: "The other party to the nuclear talks." },
  { id: "russia", kind: "COUNTRY", name: "Russia", description: "Iran's strategic ally." },
  {
    id: "israel",
    kind: "COUNTRY",
    name: "Israel",
    description: "Netanyahu's country, tense about the talks.",
  },
  {
    id: "oman",
    kind: "COUNTRY",
    name: "Oman",
    description: "Host of the first round (in Muscat) and of a later one.",
  },
  { id: "rome", kind: "CITY", name: "Rome", description: "Where the second round of talks was held." },
  {
    id: "muscat",
    kind: "CITY",
    name: "Muscat",
    description: "Capital of Oman, where the first round was held.",
  },
  {
    id: "geneva",
    kind: "CITY",
    name: "Geneva",
    description: "Where a further round is scheduled next week.",
  },
  {
    id: "moscow",
    kind: "CITY",
    name: "Moscow",
    description: "Where Araghchi met Putin and Lavrov; also stands for the Russian government.",
  },
  {
    id: "tehran",
    kind: "CITY",
    name: "Tehran",
    description: "Iran's capital; the article mostly uses it for the Iranian government.",
  },
  {
    id: "washington",
    kind: "CITY",
    name: "Washington",
    description: "The US capital; the article uses it for the US government (“Washington’s stance”).",
  },
  {
    id: "middle-east",
    kind: "REGION",
    name: "Middle East",
    description: "Witkoff's remit as Special Envoy.",
  },
];
