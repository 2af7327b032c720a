import * as D from "./seed-facts-dates.js";
import type { QuoteDraft } from "./seed-facts-types.js";

/**
 * The important reported statements, without quotation marks. The text is the statement as the
 * body words it; the evidence is the clause with its attribution.
 */
export const PARAPHRASES: QuoteDraft[] = [
  {
    id: "q-waltz-dismantle-demand",
    speakerId: "mike-waltz",
    kind: "PARAPHRASE",
    text: "Tehran must entirely dismantle its uranium enrichment program for any deal with the US",
    evidence:
      "National Security Advisor Mike Waltz—a vocal critic of Iran—set a stringent demand: Tehran must entirely dismantle its uranium enrichment program for any deal with the US",
    eventId: "ev-waltz-demand",
    date: D.BEGINNING_OF_NEGOTIATIONS,
  },
  {
    id: "q-witkoff-limited-enrichment",
    speakerId: "steve-witkoff",
    kind: "PARAPHRASE",
    text: "Iran might be permitted to maintain limited uranium enrichment for peaceful energy uses",
    evidence:
      "In an interview with Fox News, he indicated that Iran might be permitted to maintain limited uranium enrichment for peaceful energy uses",
    channel: "interview with Fox News",
    channelEntityId: "fox-news",
    eventId: "ev-fox-interview",
    date: D.FOX_INTERVIEW,
  },
  {
    id: "q-witkoff-verification",
    speakerId: "steve-witkoff",
    kind: "PARAPHRASE",
    text: "the necessity of strict verification protocols to ensure Iran’s nuclear capabilities remain non-militarized",
    evidence:
      "Witkoff underscored the necessity of strict verification protocols to ensure Iran’s nuclear capabilities remain non-militarized, which would encompass monitoring missile technology and delivery systems.",
    channel: "interview with Fox News",
    channelEntityId: "fox-news",
    eventId: "ev-fox-interview",
    date: D.FOX_INTERVIEW,
  },
  {
    id: "q-witkoff-x-dismantling",
    speakerId: "steve-witkoff",
    kind: "PARAPHRASE",
    text: "the call for the complete dismantling of Iran’s nuclear and weapons programs",
    evidence:
      "Witkoff reversed course, reaffirming the call for the complete dismantling of Iran’s nuclear and weapons programs in a post on X",
    channel: "post on X",
    channelEntityId: "x",
    eventId: "ev-witkoff-x-post",
    date: D.WITKOFF_X_POST,
  },
  {
    id: "q-axios-meeting-report",
    speakerId: "axios",
    kind: "PARAPHRASE",
    text: "Trump convened with top national security officials shortly after the Muscat talks to reevaluate US strategy",
    evidence:
      "Axios reported that Trump convened with top national security officials shortly after the Muscat talks to reevaluate US strategy.",
    channel: "news report",
    channelEntityId: "axios",
    eventId: "ev-axios-report",
  },
  {
    id: "q-pragmatists-derail-warning",
    speakerId: "pragmatic-faction",
    kind: "PARAPHRASE",
    text: "demanding Tehran dismantle its entire nuclear infrastructure could derail the discussions",
    evidence:
      "Vice President JD Vance, Witkoff, and Defense Secretary Pete Hegseth advocated for a more pragmatic approach, cautioning that demanding Tehran dismantle its entire nuclear infrastructure could derail the discussions",
    channel: "in Trump's meeting with national security officials, as reported by Axios",
    channelEntityId: "axios",
    eventId: "ev-security-meeting",
    date: D.SECURITY_MEETING,
  },
  {
    id: "q-vance-compromise",
    speakerId: "jd-vance",
    kind: "PARAPHRASE",
    text: "Washington should prepare for some level of compromise",
    evidence: "with Vance suggesting that Washington should prepare for some level of compromise",
    channel: "in Trump's meeting with national security officials, as reported by Axios",
    channelEntityId: "axios",
    eventId: "ev-security-meeting",
    date: D.SECURITY_MEETING,
  },
  {
    id: "q-iran-concessions-off-table",
    speakerId: "iran",
    kind: "PARAPHRASE",
    text: "such extensive concessions were off the table",
    evidence: "Iran had clearly signaled that such extensive concessions were off the table",
  },
  {
    id: "q-hardliners-rare-advantage",
    speakerId: "hardline-faction",
    kind: "PARAPHRASE",
    text: "Iran's current vulnerability offered the US a rare advantage that should not be wasted",
    evidence:
      "They contended that Iran's current vulnerability offered the US a rare advantage that should not be wasted.",
  },
  {
    id: "q-hardliners-military-action",
    speakerId: "hardline-faction",
    kind: "PARAPHRASE",
    text: "if Tehran failed to comply with America’s conditions, the US should be poised to take military action or support Israeli initiatives",
    evidence:
      "They insisted that if Tehran failed to comply with America’s conditions, the US should be poised to take military action or support Israeli initiatives.",
  },
  {
    id: "q-trump-progress-takes-time",
    speakerId: "donald-trump",
    kind: "PARAPHRASE",
    text: "substantive progress would require time",
    evidence: "but cautioned that substantive progress would require time",
    channel: "to reporters",
    eventId: "ev-trump-to-reporters",
    date: D.TRUMP_TO_REPORTERS,
  },
  {
    id: "q-araghchi-common-ground",
    speakerId: "abbas-araghchi",
    kind: "PARAPHRASE",
    text: "the two parties had discovered significantly more common ground in Rome compared to Muscat",
    evidence:
      "Foreign Minister Abbas Araghchi noted that the two parties had discovered significantly more common ground in Rome compared to Muscat.",
    eventId: "ev-araghchi-remarks",
    date: D.AFTER_ROME,
  },
  {
    id: "q-west-reaffirmation",
    speakerId: "the-west",
    kind: "PARAPHRASE",
    text: "a significant public reaffirmation of the Moscow-Tehran alliance",
    evidence:
      "The West interpreted this visit as a significant public reaffirmation of the Moscow-Tehran alliance.",
    eventId: "ev-moscow-visit",
  },
  {
    id: "q-macgregor-russia-response",
    speakerId: "douglas-macgregor",
    kind: "PARAPHRASE",
    text: "any significant American military action against Iran would likely provoke a response from Russia, Iran's strategic ally",
    evidence:
      "Douglas MacGregor pointed out on X that any significant American military action against Iran would likely provoke a response from Russia, Iran's strategic ally.",
    channel: "post on X",
    channelEntityId: "x",
    eventId: "ev-macgregor-x-post",
  },
  {
    id: "q-iranian-officials-fear-reversal",
    speakerId: "iranian-officials",
    kind: "PARAPHRASE",
    text: "future US administrations may similarly reverse their predecessors' decisions",
    evidence:
      "Their distrust extends beyond Trump to a broader fear that future US administrations may similarly reverse their predecessors' decisions.",
  },
  {
    id: "q-iranian-officials-similar-fate",
    speakerId: "iranian-officials",
    kind: "PARAPHRASE",
    text: "why Trump’s own agreements would not face a similar fate",
    evidence:
      "If Obama’s agreements were dismantled by Trump, they wonder why Trump’s own agreements would not face a similar fate.",
  },
  {
    id: "q-media-two-more-rounds",
    speakerId: "international-media",
    kind: "PARAPHRASE",
    text: "two additional rounds of talks are scheduled: one in Geneva next week and another in Oman the following week",
    evidence:
      "major international media outlets have confirmed that two additional rounds of talks are scheduled: one in Geneva next week and another in Oman the following week.",
    channel: "news reports",
  },
  {
    id: "q-netanyahu-condemns-talks",
    speakerId: "benjamin-netanyahu",
    kind: "PARAPHRASE",
    text: "has condemned the talks, viewing them as a potential means to soften Tehran's isolation and undermine Israel's strategic posture",
    evidence:
      "Prime Minister Benjamin Netanyahu, ever skeptical of negotiations with Iran, has condemned the talks, viewing them as a potential means to soften Tehran's isolation and undermine Israel's strategic posture.",
    eventId: "ev-netanyahu-condemnation",
  },
];
