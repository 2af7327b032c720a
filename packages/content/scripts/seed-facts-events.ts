import * as D from "./seed-facts-dates.js";
import { EVENTS_FROM_MOSCOW } from "./seed-facts-events-rome.js";
import type { EventDraft } from "./seed-facts-types.js";

/** From the 2015 agreement to the Axios report. */
const EVENTS_BEFORE_MOSCOW: EventDraft[] = [
  {
    id: "ev-jcpoa-agreement",
    kind: "SIGNING",
    title: "The Joint Comprehensive Plan of Action is agreed",
    summary: "The 2015 nuclear agreement with Iran, one of Obama's agreements.",
    date: D.JCPOA_2015,
    participants: [
      { entityId: "jcpoa", role: "agreement" },
      { entityId: "barack-obama", role: "whose agreement it was" },
    ],
    evidence: [
      "the 2015 Joint Comprehensive Plan of Action",
      "If Obama’s agreements were dismantled by Trump",
    ],
    sequence: 1,
  },
  {
    id: "ev-jcpoa-withdrawal",
    kind: "WITHDRAWAL",
    title: "Trump abandons the JCPOA",
    summary: "Trump denounces the 2015 agreement as a “disaster” and unilaterally withdraws from it.",
    date: D.WITHDRAWAL_2018,
    participants: [
      { entityId: "donald-trump", role: "decided to withdraw" },
      { entityId: "united-states", role: "withdrawing party" },
      { entityId: "jcpoa", role: "agreement abandoned" },
    ],
    evidence: [
      "the very agreement Trump denounced and abandoned in 2018, labeling it a “disaster.”",
      "whose unilateral decision to withdraw from the JCPOA in 2018 still weighs heavily",
    ],
    sequence: 2,
  },
  {
    id: "ev-waltz-demand",
    kind: "STATEMENT",
    title: "Waltz demands Iran dismantle its enrichment program",
    summary: "Tehran must entirely dismantle its uranium enrichment program for any deal with the US.",
    date: D.BEGINNING_OF_NEGOTIATIONS,
    participants: [
      { entityId: "mike-waltz", role: "made the demand" },
      { entityId: "iran", role: "addressee of the demand" },
    ],
    evidence: [
      "At the beginning of negotiations, National Security Advisor Mike Waltz—a vocal critic of Iran—set a stringent demand: Tehran must entirely dismantle its uranium enrichment program for any deal with the US.",
    ],
    sequence: 3,
  },
  {
    id: "ev-send-witkoff",
    kind: "DECISION",
    title: "Trump sends Witkoff to negotiate",
    summary:
      "Sending an envoy known for his willingness to negotiate signals an inclination toward diplomacy.",
    date: D.BEFORE_MUSCAT,
    participants: [
      { entityId: "donald-trump", role: "decided" },
      { entityId: "steve-witkoff", role: "envoy sent" },
    ],
    evidence: [
      "The decision to send Witkoff, known for his willingness to negotiate, indicates a sincere inclination toward diplomacy rather than saber-rattling.",
      "Steve Witkoff, who led the US delegation",
    ],
    sequence: 3,
  },
  {
    id: "ev-muscat-round",
    kind: "NEGOTIATION_ROUND",
    title: "First round of US–Iran nuclear talks, in Muscat",
    date: D.MUSCAT_ROUND,
    locationId: "muscat",
    participants: [
      { entityId: "united-states", role: "negotiating party" },
      { entityId: "iran", role: "negotiating party" },
      { entityId: "us-delegation", role: "US negotiators" },
      { entityId: "steve-witkoff", role: "led the US delegation" },
      { entityId: "abbas-araghchi", role: "Iran's Foreign Minister, compares Rome with it" },
    ],
    evidence: [
      "following an initial meeting a week earlier in Muscat, Oman",
      "more common ground in Rome compared to Muscat",
      "However, after the Muscat meeting, Special Envoy to the Middle East Steve Witkoff, who led the US delegation, conveyed a markedly different perspective.",
    ],
    sequence: 4,
  },
  {
    id: "ev-fox-interview",
    kind: "INTERVIEW",
    title: "Witkoff tells Fox News Iran might keep limited enrichment",
    summary: "No mention of “dismantlement”; strict verification, including missiles and delivery systems.",
    date: D.FOX_INTERVIEW,
    participants: [
      { entityId: "steve-witkoff", role: "interviewee" },
      { entityId: "fox-news", role: "interviewer" },
    ],
    evidence: [
      "In an interview with Fox News, he indicated that Iran might be permitted to maintain limited uranium enrichment for peaceful energy uses",
      "Notably absent from his comments was any reference to “dismantlement.”",
    ],
    sequence: 5,
  },
  {
    id: "ev-security-meeting",
    kind: "MEETING",
    title: "Trump meets top national security officials to reevaluate US strategy",
    summary:
      "Vance, Witkoff and Hegseth argue for a pragmatic approach; Waltz and Rubio lead a competing faction.",
    date: D.SECURITY_MEETING,
    participants: [
      { entityId: "donald-trump", role: "convened the meeting" },
      { entityId: "national-security-officials", role: "attendees" },
      { entityId: "jd-vance", role: "argued for a pragmatic approach" },
      { entityId: "steve-witkoff", role: "argued for a pragmatic approach" },
      { entityId: "pete-hegseth", role: "argued for a pragmatic approach" },
    ],
    evidence: [
      "Trump convened with top national security officials shortly after the Muscat talks to reevaluate US strategy",
      "In that meeting, Vice President JD Vance, Witkoff, and Defense Secretary Pete Hegseth advocated for a more pragmatic approach",
    ],
    sequence: 5,
  },
  {
    id: "ev-witkoff-x-post",
    kind: "POST",
    title: "Witkoff reverses course on X",
    summary: "He reaffirms the call for the complete dismantling of Iran's nuclear and weapons programs.",
    date: D.WITKOFF_X_POST,
    participants: [
      { entityId: "steve-witkoff", role: "author" },
      { entityId: "x", role: "platform" },
    ],
    evidence: [
      "Just a day later, Witkoff reversed course, reaffirming the call for the complete dismantling of Iran’s nuclear and weapons programs in a post on X.",
    ],
    sequence: 6,
  },
  {
    id: "ev-axios-report",
    kind: "REPORT",
    title: "Axios reports on Trump's meeting with his top officials",
    date: D.aprilUndated("after the security meeting, before publication"),
    participants: [
      { entityId: "axios", role: "reporter" },
      { entityId: "donald-trump", role: "subject of the report" },
    ],
    evidence: ["Axios reported that Trump convened with top national security officials"],
    sequence: 7,
  },
];

/**
 * Everything that happens in the story, past and scheduled. `sequence` is the story's timeline;
 * events whose order the text does not settle share a number, and undated events sit where the
 * narrative puts them (see data/articles/README.md).
 */
export const EVENTS: EventDraft[] = [...EVENTS_BEFORE_MOSCOW, ...EVENTS_FROM_MOSCOW];
