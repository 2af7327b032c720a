import type { EntityDraft } from "./seed-facts-types.js";

/** Factions, delegations and other collective actors, and the stances they hold. */
export const GROUPS: EntityDraft[] = [
  {
    id: "pragmatic-faction",
    kind: "GROUP",
    name: "pragmatic faction",
    description:
      "Vance, Witkoff and Hegseth: argued for a more pragmatic approach, warning that demanding full dismantlement could derail the talks.",
  },
  {
    id: "hardline-faction",
    kind: "GROUP",
    name: "hardliners",
    aliases: ["competing faction"],
    description:
      "The faction led by Waltz and Rubio: Iran's vulnerability is an advantage; if Tehran does not comply, military action or support for Israeli initiatives.",
  },
  {
    id: "us-delegation",
    kind: "GROUP",
    name: "US delegation",
    description: "The US negotiating team, led by Steve Witkoff.",
  },
  {
    id: "iranian-negotiating-team",
    kind: "GROUP",
    name: "Iranian negotiating team",
    description: "Iran's negotiators, described as well-coordinated.",
  },
  {
    id: "both-parties",
    kind: "GROUP",
    name: "the US and Iran",
    aliases: ["Both parties", "the two parties", "both sides"],
    description: "The two sides of the talks, speaking together.",
  },
  {
    id: "national-security-officials",
    kind: "GROUP",
    name: "top national security officials",
    description: "The officials Trump convened after the Muscat talks to reevaluate US strategy.",
  },
  {
    id: "iranian-officials",
    kind: "GROUP",
    name: "Iranian officials",
    description: "Cautious about Trump since his withdrawal from the JCPOA.",
  },
  {
    id: "international-media",
    kind: "GROUP",
    name: "major international media outlets",
    description: "Confirmed the two further rounds of talks.",
  },
  {
    id: "the-west",
    kind: "GROUP",
    name: "the West",
    aliases: ["The West"],
    description: "Read Araghchi's Moscow visit as a public reaffirmation of the Moscow-Tehran alliance.",
  },
  {
    id: "position-dismantle-enrichment",
    kind: "POSITION",
    name: "dismantle all enrichment",
    aliases: ["total disarmament", "dismantlement", "complete dismantling"],
    description: "Iran must entirely dismantle its uranium enrichment program for any deal.",
  },
  {
    id: "position-limited-enrichment",
    kind: "POSITION",
    name: "limited enrichment for peaceful energy uses",
    aliases: [
      "limited uranium enrichment for peaceful energy uses",
      "some peaceful enrichment",
      "more pragmatic approach",
      "more measured approach",
    ],
    description:
      "Iran may keep limited enrichment for peaceful energy uses under strict verification; prepare for some compromise.",
  },
  {
    id: "position-military-action",
    kind: "POSITION",
    name: "military action",
    description:
      "If Tehran fails to comply, the US should be poised to take military action or support Israeli initiatives.",
  },
  {
    id: "position-diplomacy",
    kind: "POSITION",
    name: "diplomacy",
    description: "Negotiate rather than rattle sabres; stay engaged in dialogue.",
  },
];
