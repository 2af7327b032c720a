import type { EntityDraft } from "./seed-facts-types.js";

/** Government bodies, media, platforms, agreements, programs and the talks themselves. */
export const BODIES: EntityDraft[] = [
  {
    id: "trump-administration",
    kind: "GOVERNMENT",
    name: "Trump administration",
    aliases: ["administration"],
    description: "The US government under Trump, split between a pragmatic and a hardline faction.",
  },
  {
    id: "pentagon",
    kind: "GOVERNMENT",
    name: "Pentagon",
    description: "The US defence department; MacGregor advised it.",
  },
  {
    id: "us-army",
    kind: "GOVERNMENT",
    name: "US Army",
    description: "MacGregor retired from it as a colonel.",
  },
  {
    id: "fox-news",
    kind: "MEDIA_OUTLET",
    name: "Fox News",
    description: "Interviewed Witkoff after the Muscat round.",
  },
  {
    id: "axios",
    kind: "MEDIA_OUTLET",
    name: "Axios",
    description: "Reported Trump's meeting with his top officials.",
  },
  { id: "x", kind: "PLATFORM", name: "X", description: "Where Witkoff and MacGregor posted." },
  {
    id: "jcpoa",
    kind: "AGREEMENT",
    name: "Joint Comprehensive Plan of Action",
    aliases: ["JCPOA"],
    description:
      "The 2015 nuclear agreement with Iran that Trump denounced as a “disaster” and abandoned in 2018.",
  },
  {
    id: "comprehensive-strategic-partnership",
    kind: "AGREEMENT",
    name: "Comprehensive Strategic Partnership",
    description:
      "Russia–Iran partnership solidified by a law Putin ratified, strengthening political and economic ties.",
  },
  {
    id: "iran-uranium-enrichment-program",
    kind: "PROGRAM",
    name: "uranium enrichment program",
    description: "Iran's uranium enrichment program, which Waltz demanded be entirely dismantled.",
  },
  {
    id: "us-iran-talks",
    kind: "OTHER",
    name: "US-Iran nuclear talks",
    aliases: ["US-Iran talks"],
    description: "The 2025 negotiations: Muscat, then Rome, with Geneva and Oman rounds scheduled.",
  },
];
