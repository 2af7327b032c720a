import type { EntityDraft } from "./seed-facts-types.js";

/** Every person of the story with the posts the body gives them; aliases are surnames, no titles. */
export const PEOPLE: EntityDraft[] = [
  {
    id: "donald-trump",
    kind: "PERSON",
    name: "Donald Trump",
    aliases: ["Trump"],
    description:
      "Head of the Trump administration; abandoned the 2015 nuclear deal in 2018 and now wants a deal of his own.",
  },
  {
    id: "mike-waltz",
    kind: "PERSON",
    name: "Mike Waltz",
    aliases: ["Waltz"],
    description:
      "National Security Advisor, a vocal critic of Iran; co-leads the hardline faction with Marco Rubio.",
    roles: [
      {
        title: "National Security Advisor",
        ofId: "trump-administration",
        evidence: ["National Security Advisor Mike Waltz"],
      },
    ],
  },
  {
    id: "steve-witkoff",
    kind: "PERSON",
    name: "Steve Witkoff",
    aliases: ["Witkoff"],
    description: "Special Envoy to the Middle East who led the US delegation; sent by Trump to negotiate.",
    roles: [
      {
        title: "Special Envoy to the Middle East",
        ofId: "trump-administration",
        evidence: ["Special Envoy to the Middle East Steve Witkoff"],
      },
    ],
  },
  {
    id: "jd-vance",
    kind: "PERSON",
    name: "JD Vance",
    aliases: ["Vance"],
    description: "Vice President; argued for a pragmatic approach and for preparing for some compromise.",
    roles: [{ title: "Vice President", ofId: "trump-administration", evidence: ["Vice President JD Vance"] }],
  },
  {
    id: "pete-hegseth",
    kind: "PERSON",
    name: "Pete Hegseth",
    aliases: ["Hegseth"],
    description: "Defense Secretary; sided with Vance and Witkoff for a pragmatic approach.",
    roles: [
      {
        title: "Defense Secretary",
        ofId: "trump-administration",
        evidence: ["Defense Secretary Pete Hegseth"],
      },
    ],
  },
  {
    id: "marco-rubio",
    kind: "PERSON",
    name: "Marco Rubio",
    aliases: ["Rubio"],
    description: "Secretary of State; co-leads the hardline faction with Mike Waltz.",
    roles: [
      {
        title: "Secretary of State",
        ofId: "trump-administration",
        evidence: ["Secretary of State Marco Rubio"],
      },
    ],
  },
  {
    id: "abbas-araghchi",
    kind: "PERSON",
    name: "Abbas Araghchi",
    aliases: ["Araghchi"],
    description:
      "Iran's Foreign Minister; saw more common ground in Rome than in Muscat and stopped in Moscow on the way.",
    roles: [{ title: "Foreign Minister", ofId: "iran", evidence: ["Foreign Minister Abbas Araghchi"] }],
  },
  {
    id: "vladimir-putin",
    kind: "PERSON",
    name: "Vladimir Putin",
    aliases: ["Putin"],
    description: "President of Russia; met Araghchi in Moscow and ratified the partnership law with Iran.",
    roles: [
      {
        title: "President",
        ofId: "russia",
        evidence: ["President Vladimir Putin", "President Putin"],
      },
    ],
  },
  {
    id: "sergey-lavrov",
    kind: "PERSON",
    name: "Sergey Lavrov",
    aliases: ["Lavrov"],
    description: "Russia's Foreign Minister; met Araghchi in Moscow.",
    roles: [{ title: "Foreign Minister", ofId: "russia", evidence: ["Foreign Minister Sergey Lavrov"] }],
  },
  {
    id: "ali-khamenei",
    kind: "PERSON",
    name: "Ali Khamenei",
    aliases: ["Khamenei"],
    description: "Iran's Supreme Leader; Araghchi reportedly carried his personal message to Moscow.",
    roles: [
      { title: "Supreme Leader", ofId: "iran", evidence: ["Supreme Leader Ayatollah Ali Khamenei"] },
      { title: "Ayatollah", evidence: ["Ayatollah Ali Khamenei"] },
    ],
  },
  {
    id: "douglas-macgregor",
    kind: "PERSON",
    name: "Douglas MacGregor",
    aliases: ["MacGregor"],
    description:
      "Retired US Army colonel and former Pentagon advisor; warned on X that Russia would respond.",
    roles: [
      { title: "Colonel", ofId: "us-army", former: true, evidence: ["Retired US Army Colonel"] },
      { title: "Pentagon advisor", ofId: "pentagon", former: true, evidence: ["former Pentagon advisor"] },
    ],
  },
  {
    id: "benjamin-netanyahu",
    kind: "PERSON",
    name: "Benjamin Netanyahu",
    aliases: ["Netanyahu"],
    description:
      "Israel's Prime Minister, ever skeptical of negotiations with Iran; has condemned the talks.",
    roles: [{ title: "Prime Minister", ofId: "israel", evidence: ["Prime Minister Benjamin Netanyahu"] }],
  },
  {
    id: "barack-obama",
    kind: "PERSON",
    name: "Barack Obama",
    aliases: ["Obama"],
    description: "Former US president whose agreements, the article says, were dismantled by Trump.",
  },
  {
    id: "debra-a-smith",
    kind: "PERSON",
    name: "Debra A Smith",
    description:
      "Author of the article (its byline). Named here as the speaker of the one quotation that is the article's own word.",
  },
];
