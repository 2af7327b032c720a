import type { EventKind } from "@quizwire/content";

/** A sentence pattern that signals an event, tried in order; the first match wins. */
export interface EventPattern {
  kind: EventKind;
  re: RegExp;
  /** The entity kinds named near the match that take part, and in what role. */
  label: string;
  /** The match counts only when a mention of this kind follows it directly ("told Le Monde"). */
  followedBy?: string;
}

export const ROUND =
  /\b(?:(?:first|second|third|fourth|fifth|sixth|next|latest|final|new|further|initial|\w+ additional)\s+)?rounds?\s+of\s+(?:[\w-]+\s+){0,3}?(?:talks|negotiations)\b/i;

export const EVENT_PATTERNS: EventPattern[] = [
  { kind: "RATIFICATION", re: /\bratif(?:ied|ies|y|ying)\b/i, label: "Ratification" },
  {
    kind: "WITHDRAWAL",
    re: /\b(?:withdr[ae]w|withdrawn|withdrawing)\s+from\b|\bpulled\s+out\s+of\b|\babandon(?:ed|s)?\b/i,
    label: "Withdrawal",
  },
  { kind: "SIGNING", re: /\bsign(?:ed|s)\s+(?:a|an|the)\b/i, label: "Signing" },
  {
    kind: "POST",
    re: /\b(?:in\s+a\s+post|posted|wrote|tweeted|pointed\s+out|said|warned|announced)\s+on\s+(?=X\b|Twitter|Facebook|Instagram|Truth\s+Social|Telegram)|\btweeted\b/,
    label: "Post",
  },
  { kind: "INTERVIEW", re: /\binterview\s+(?:with|on|to)\b/i, label: "Interview" },
  {
    kind: "VISIT",
    re: /\b(?:visit(?:ed|s|ing)?|stopped\s+in|arriv(?:ed|ing)\s+in|travel(?:l?ed)\s+to|trip\s+to)\b/i,
    label: "Visit",
  },
  {
    kind: "MEETING",
    re: /\b(?:met|meet|meets|meeting|convened|convenes)\s+with\b|\bsummit\b/i,
    label: "Meeting",
  },
  {
    kind: "STATEMENT",
    re: /\b(?:told|informed|tells|spoke\s+to|speaking\s+to)\s+(?:the\s+)?(?:reporters|journalists|the press|media)\b|\bin\s+a\s+statement\b|\bpress\s+conference\b|\bcondemned\b|\bset\s+a\s+(?:\w+\s+)?demand\b|\b(?:noted|stated|declared|asserted)\s+that\b/i,
    label: "Statement",
  },
  { kind: "STATEMENT", re: /\b(?:told|tells)\s+(?:the\s+)?/, label: "Statement", followedBy: "MEDIA_OUTLET" },
  // "reported that …" or "…, the Jakarta Post reported."
  { kind: "REPORT", re: /\breport(?:ed|s)\s+that\b|\breport(?:ed|s)\s*[.;]/i, label: "Report" },
  {
    kind: "DECISION",
    re: /\b(?:decision\s+to|decided\s+to|ruled|rules\s+that|(?:approved|rejected|granted|denied|overturned)\s+(?:a|an|the|their|his|her)\b)/i,
    label: "Decision",
  },
  {
    kind: "ANNOUNCEMENT",
    re: /\b(?:announc(?:ed|es)|launched|unveiled|is\s+to\s+begin|began|begins)\b/i,
    label: "Announcement",
  },
  {
    kind: "OTHER",
    re: /\b(?:referendums?|elections?|vote)\b[^.]*\b(?:will\s+be\s+held|held|scheduled)\b/i,
    label: "Vote",
  },
  {
    kind: "OTHER",
    re: /\bdeliver(?:ed|s|ing)?\s+(?:a|an|the)\s+(?:\w+\s+)?(?:message|letter|warning)\b/i,
    label: "Message",
  },
  { kind: "OTHER", re: /\b(?:were|was|been)\s+rescued\b|\brescued\b/i, label: "Rescue" },
  {
    kind: "OTHER",
    re: /\bwon\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:election|elections|vote|runoff|referendum|primary|leadership\s+contest)\b/i,
    label: "Election",
  },
  { kind: "OTHER", re: /\b(?:was|were)\s+(?:awarded|honou?red)\b|\bwon\s+(?:a|an|the)\b/i, label: "Award" },
  { kind: "OTHER", re: /\bvot(?:ed|es)\s+(?:on\s+\w+\s+)?(?:to|for|against|in\s+favou?r)\b/i, label: "Vote" },
  {
    kind: "OTHER",
    re: /\bresign(?:ed|s)\b|\bstepped\s+down\b|\bquit\s+(?:as|his|her)\b/i,
    label: "Resignation",
  },
  { kind: "OTHER", re: /\b(?:was|were)\s+(?:found|discovered)\b/i, label: "Discovery" },
  { kind: "OTHER", re: /\b(?:arrested|detained|charged\s+with|sentenced)\b/i, label: "Arrest" },
];

/** Future wording that makes an event SCHEDULED rather than OCCURRED. */
export const SCHEDULED =
  /\b(?:(?:is|are|was|were)\s+scheduled|will\s+(?:be\s+)?(?:held|take\s+place|meet|visit)|is\s+due\s+to|are\s+due\s+to|next\s+(?:week|month))\b/i;
