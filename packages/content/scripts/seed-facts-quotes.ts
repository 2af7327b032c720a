import * as D from "./seed-facts-dates.js";
import type { QuoteDraft } from "./seed-facts-types.js";

/**
 * Every quotation in quotation marks. The text is the words inside the marks without the
 * punctuation the marks close over (“constructive,” is "constructive"); the evidence is the clause
 * that holds the marks and says who spoke.
 */
export const QUOTATIONS: QuoteDraft[] = [
  {
    id: "q-constructive",
    speakerId: "both-parties",
    kind: "PARTIAL",
    text: "constructive",
    evidence: "Both parties characterized the discussions as “constructive,”",
    eventId: "ev-rome-round",
    date: D.ROME_ROUND,
  },
  {
    id: "q-dismantlement",
    speakerId: "debra-a-smith",
    kind: "PARTIAL",
    text: "dismantlement",
    evidence: "Notably absent from his comments was any reference to “dismantlement.”",
    channel: "the article's own word: the term missing from Witkoff's Fox News comments",
    eventId: "ev-fox-interview",
  },
  {
    id: "q-disaster",
    speakerId: "donald-trump",
    kind: "PARTIAL",
    text: "disaster",
    evidence: "the very agreement Trump denounced and abandoned in 2018, labeling it a “disaster.”",
    channel: "denouncing the JCPOA",
    eventId: "ev-jcpoa-withdrawal",
    date: D.DENOUNCED_2018,
  },
  {
    id: "q-very-well",
    speakerId: "donald-trump",
    kind: "PARTIAL",
    text: "very well",
    evidence: "Trump cautiously informed reporters that the negotiations were progressing “very well,”",
    channel: "to reporters",
    eventId: "ev-trump-to-reporters",
    date: D.TRUMP_TO_REPORTERS,
  },
  {
    id: "q-message-to-the-world",
    speakerId: "abbas-araghchi",
    kind: "PARTIAL",
    text: "a message to the world",
    evidence:
      "He reportedly delivered a personal message from Supreme Leader Ayatollah Ali Khamenei, referred to as “a message to the world.”",
    channel: "reportedly, on delivering Khamenei's message in Moscow",
    eventId: "ev-khamenei-message",
  },
];
