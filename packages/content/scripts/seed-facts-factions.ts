import type { RelationDraft } from "./seed-facts-types.js";

const MEETING_LINE =
  "In that meeting, Vice President JD Vance, Witkoff, and Defense Secretary Pete Hegseth advocated for a more pragmatic approach";
const HARDLINE_LINE =
  "A competing faction, led by Waltz and Secretary of State Marco Rubio, held a different view.";
const FRACTURE = "This divide reveals a significant strategic fracture within the Trump administration.";
const TWO_STANCES =
  "The contrasting perspectives—one advocating for total disarmament and another seeking a more measured approach to control weaponization while allowing for some peaceful enrichment";

/** The two factions inside the administration, who belongs to them and the stances they hold. */
export const FACTION_RELATIONS: RelationDraft[] = [
  ...(["jd-vance", "steve-witkoff", "pete-hegseth"] as const).map(
    (person): RelationDraft => ({
      id: `rel-${person.split("-").pop()}-member-of-pragmatists`,
      subjectId: person,
      predicate: "MEMBER_OF",
      objectId: "pragmatic-faction",
      evidence: [MEETING_LINE],
    }),
  ),
  ...(["mike-waltz", "marco-rubio"] as const).flatMap((person): RelationDraft[] => [
    {
      id: `rel-${person.split("-").pop()}-member-of-hardliners`,
      subjectId: person,
      predicate: "MEMBER_OF",
      objectId: "hardline-faction",
      evidence: [HARDLINE_LINE],
    },
    {
      id: `rel-${person.split("-").pop()}-leads-hardliners`,
      subjectId: person,
      predicate: "LEADS",
      objectId: "hardline-faction",
      evidence: [HARDLINE_LINE],
    },
  ]),
  ...(["pragmatic-faction", "hardline-faction"] as const).map(
    (faction): RelationDraft => ({
      id: `rel-${faction.split("-")[0]}-faction-within-administration`,
      subjectId: faction,
      predicate: "MEMBER_OF",
      objectId: "trump-administration",
      label: "a faction within",
      evidence: [FRACTURE],
    }),
  ),
  {
    id: "rel-pragmatists-advocate-limited-enrichment",
    subjectId: "pragmatic-faction",
    predicate: "ADVOCATES",
    objectId: "position-limited-enrichment",
    evidence: [MEETING_LINE, TWO_STANCES],
  },
  {
    id: "rel-pragmatists-oppose-dismantlement",
    subjectId: "pragmatic-faction",
    predicate: "OPPOSES",
    objectId: "position-dismantle-enrichment",
    label: "demanding it could derail the discussions",
    evidence: [
      "cautioning that demanding Tehran dismantle its entire nuclear infrastructure could derail the discussions",
    ],
  },
  {
    id: "rel-hardliners-advocate-dismantlement",
    subjectId: "hardline-faction",
    predicate: "ADVOCATES",
    objectId: "position-dismantle-enrichment",
    evidence: [TWO_STANCES, HARDLINE_LINE],
  },
  {
    id: "rel-hardliners-advocate-military-action",
    subjectId: "hardline-faction",
    predicate: "ADVOCATES",
    objectId: "position-military-action",
    label: "if Tehran fails to comply",
    evidence: ["the US should be poised to take military action or support Israeli initiatives"],
  },
  {
    id: "rel-waltz-advocates-dismantlement",
    subjectId: "mike-waltz",
    predicate: "ADVOCATES",
    objectId: "position-dismantle-enrichment",
    evidence: ["set a stringent demand: Tehran must entirely dismantle its uranium enrichment program"],
  },
  {
    id: "rel-witkoff-advocates-limited-enrichment",
    subjectId: "steve-witkoff",
    predicate: "ADVOCATES",
    objectId: "position-limited-enrichment",
    label: "in his Fox News interview",
    evidence: [
      "he indicated that Iran might be permitted to maintain limited uranium enrichment for peaceful energy uses",
    ],
  },
  {
    id: "rel-witkoff-advocates-dismantlement",
    subjectId: "steve-witkoff",
    predicate: "ADVOCATES",
    objectId: "position-dismantle-enrichment",
    label: "a day later, in a post on X",
    evidence: ["reaffirming the call for the complete dismantling of Iran’s nuclear and weapons programs"],
  },
  {
    id: "rel-vance-advocates-limited-enrichment",
    subjectId: "jd-vance",
    predicate: "ADVOCATES",
    objectId: "position-limited-enrichment",
    label: "prepare for some level of compromise",
    evidence: ["Vance suggesting that Washington should prepare for some level of compromise"],
  },
  {
    id: "rel-iran-opposes-dismantlement",
    subjectId: "iran",
    predicate: "OPPOSES",
    objectId: "position-dismantle-enrichment",
    label: "such extensive concessions were off the table",
    evidence: ["Iran had clearly signaled that such extensive concessions were off the table"],
  },
  {
    id: "rel-trump-advocates-diplomacy",
    subjectId: "donald-trump",
    predicate: "ADVOCATES",
    objectId: "position-diplomacy",
    evidence: [
      "indicates a sincere inclination toward diplomacy rather than saber-rattling",
      "He wishes to be recognized as the president who averted war and negotiated a deal",
    ],
  },
  {
    id: "rel-trump-opposes-military-action",
    subjectId: "donald-trump",
    predicate: "OPPOSES",
    objectId: "position-military-action",
    label: "wants to steer clear of military conflict",
    evidence: ["he clearly wants to steer clear of military conflict"],
  },
  {
    id: "rel-witkoff-advocates-diplomacy",
    subjectId: "steve-witkoff",
    predicate: "ADVOCATES",
    objectId: "position-diplomacy",
    label: "known for his willingness to negotiate",
    evidence: ["Witkoff, known for his willingness to negotiate"],
  },
];
