import * as D from "./seed-facts-dates.js";
import type { EventDraft } from "./seed-facts-types.js";

/** From Araghchi's stop in Moscow to the rounds scheduled after publication. */
export const EVENTS_FROM_MOSCOW: EventDraft[] = [
  {
    id: "ev-moscow-visit",
    kind: "VISIT",
    title: "Araghchi visits Moscow and meets Putin and Lavrov",
    summary: "Read by the West as a public reaffirmation of the Moscow-Tehran alliance.",
    date: D.MOSCOW_VISIT,
    locationId: "moscow",
    participants: [
      { entityId: "abbas-araghchi", role: "visitor" },
      { entityId: "vladimir-putin", role: "host" },
      { entityId: "sergey-lavrov", role: "host" },
      { entityId: "iran", role: "visiting country" },
      { entityId: "russia", role: "host country" },
    ],
    evidence: [
      "Before arriving in Rome, he stopped in Moscow to meet with President Vladimir Putin and Foreign Minister Sergey Lavrov.",
      "The West interpreted this visit as a significant public reaffirmation of the Moscow-Tehran alliance.",
    ],
    sequence: 8,
  },
  {
    id: "ev-khamenei-message",
    kind: "OTHER",
    title: "Araghchi delivers Khamenei's personal message in Moscow",
    summary: "A personal message from Supreme Leader Ali Khamenei, referred to as “a message to the world”.",
    date: D.DURING_MOSCOW_VISIT,
    locationId: "moscow",
    participants: [
      { entityId: "abbas-araghchi", role: "messenger" },
      { entityId: "ali-khamenei", role: "sender" },
    ],
    evidence: [
      "He reportedly delivered a personal message from Supreme Leader Ayatollah Ali Khamenei, referred to as “a message to the world.”",
    ],
    sequence: 8,
  },
  {
    id: "ev-partnership-ratification",
    kind: "RATIFICATION",
    title: "Putin ratifies the Comprehensive Strategic Partnership law with Iran",
    summary: "Further strengthening political and economic ties between Russia and Iran.",
    date: D.RATIFICATION,
    participants: [
      { entityId: "vladimir-putin", role: "ratified the law" },
      { entityId: "russia", role: "ratifying party" },
      { entityId: "comprehensive-strategic-partnership", role: "agreement ratified" },
      { entityId: "iran", role: "partner" },
    ],
    evidence: [
      "That same day, President Putin ratified a law solidifying a Comprehensive Strategic Partnership with Iran, further strengthening political and economic ties.",
    ],
    sequence: 8,
  },
  {
    id: "ev-macgregor-x-post",
    kind: "POST",
    title: "MacGregor warns on X that Russia would respond to US military action",
    date: D.aprilUndated("around Araghchi’s Moscow visit, before publication"),
    participants: [
      { entityId: "douglas-macgregor", role: "author" },
      { entityId: "x", role: "platform" },
    ],
    evidence: ["Douglas MacGregor pointed out on X"],
    sequence: 8,
  },
  {
    id: "ev-rome-round",
    kind: "NEGOTIATION_ROUND",
    title: "Second round of US–Iran nuclear talks, in Rome",
    summary: "Both parties called the discussions “constructive”.",
    date: D.ROME_ROUND,
    locationId: "rome",
    participants: [
      { entityId: "united-states", role: "negotiating party" },
      { entityId: "iran", role: "negotiating party" },
      { entityId: "steve-witkoff", role: "US envoy, sent by Trump" },
      { entityId: "abbas-araghchi", role: "Iran's Foreign Minister, arrived from Moscow" },
    ],
    evidence: [
      "Last Saturday, the second round of US-Iran nuclear talks was held in Rome",
      "the second round of talks in Rome might not have materialized at all",
      "Before arriving in Rome",
    ],
    sequence: 9,
  },
  {
    id: "ev-araghchi-remarks",
    kind: "STATEMENT",
    title: "Araghchi sees more common ground in Rome than in Muscat",
    date: D.AFTER_ROME,
    participants: [{ entityId: "abbas-araghchi", role: "speaker" }],
    evidence: [
      "Foreign Minister Abbas Araghchi noted that the two parties had discovered significantly more common ground in Rome compared to Muscat.",
    ],
    sequence: 10,
  },
  {
    id: "ev-trump-to-reporters",
    kind: "STATEMENT",
    title: "Trump tells reporters the talks are going “very well”",
    summary: "He cautions that substantive progress will take time.",
    date: D.TRUMP_TO_REPORTERS,
    participants: [{ entityId: "donald-trump", role: "speaker" }],
    evidence: [
      "On Monday, April 21, Trump cautiously informed reporters that the negotiations were progressing “very well,” but cautioned that substantive progress would require time.",
    ],
    sequence: 11,
  },
  {
    id: "ev-netanyahu-condemnation",
    kind: "STATEMENT",
    title: "Netanyahu condemns the talks",
    summary: "He sees them as a way to soften Tehran's isolation and undermine Israel's strategic posture.",
    date: D.aprilUndated("during the talks he “has condemned”, before publication"),
    locationId: "israel",
    participants: [{ entityId: "benjamin-netanyahu", role: "speaker" }],
    evidence: [
      "Prime Minister Benjamin Netanyahu, ever skeptical of negotiations with Iran, has condemned the talks, viewing them as a potential means to soften Tehran's isolation and undermine Israel's strategic posture.",
    ],
    sequence: 11,
  },
  {
    id: "ev-geneva-round",
    kind: "NEGOTIATION_ROUND",
    title: "Third round of US–Iran talks, scheduled in Geneva",
    date: D.GENEVA_ROUND,
    locationId: "geneva",
    participants: [
      { entityId: "united-states", role: "negotiating party" },
      { entityId: "iran", role: "negotiating party" },
    ],
    evidence: ["two additional rounds of talks are scheduled: one in Geneva next week"],
    sequence: 12,
  },
  {
    id: "ev-oman-round",
    kind: "NEGOTIATION_ROUND",
    title: "Fourth round of US–Iran talks, scheduled in Oman",
    date: D.OMAN_ROUND,
    locationId: "oman",
    participants: [
      { entityId: "united-states", role: "negotiating party" },
      { entityId: "iran", role: "negotiating party" },
    ],
    evidence: ["another in Oman the following week"],
    sequence: 13,
  },
];
