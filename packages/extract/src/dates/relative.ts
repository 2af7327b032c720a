/** A date phrase that counts from the story's own timeline rather than from publication. */
export interface AnchoredPhrase {
  index: number;
  text: string;
  amount: number;
  unit: "day" | "week" | "month" | "year";
}

const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  ten: 10,
};

const PATTERNS: [RegExp, (m: RegExpExecArray) => Omit<AnchoredPhrase, "index" | "text">][] = [
  [
    /\b(a|an|one|two|three|four|five|six|seven|ten|\d+)\s+(day|week|month|year)s?\s+(earlier|later|before|after)\b/gi,
    (m) => ({
      amount: (NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1])) * (/earlier|before/i.test(m[3]!) ? -1 : 1),
      unit: m[2]!.toLowerCase() as AnchoredPhrase["unit"],
    }),
  ],
  [
    /\b(?:that|the)\s+same\s+(day|week|month|year)\b/gi,
    (m) => ({ amount: 0, unit: m[1]!.toLowerCase() as AnchoredPhrase["unit"] }),
  ],
  [
    /\bthe\s+(following|next|previous|preceding)\s+(day|week|month|year)\b/gi,
    (m) => ({
      amount: /following|next/i.test(m[1]!) ? 1 : -1,
      unit: m[2]!.toLowerCase() as AnchoredPhrase["unit"],
    }),
  ],
  [/\bthe\s+day\s+(before|after)\b/gi, (m) => ({ amount: /before/i.test(m[1]!) ? -1 : 1, unit: "day" })],
];

/** Finds "a week earlier", "a day later", "that same day", "the following week" in a text. */
export function findAnchoredPhrases(text: string): AnchoredPhrase[] {
  const out: AnchoredPhrase[] = [];
  for (const [re, read] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ index: m.index, text: m[0], ...read(m) });
  }
  return out.sort((a, b) => a.index - b.index);
}
