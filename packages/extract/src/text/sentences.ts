import type { Range } from "@quizwire/content";

const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof sr jr st mt gen col lt capt sgt cmdr adm gov sen rep rev hon fr vs etc inc ltd co corp no jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m approx dept est fig".split(
    " ",
  ),
);

/** A full stop, question or exclamation mark, closing quotes, then space and a capital or opening quote. */
const BOUNDARY = /([.?!]+)(["”’')\]]*)(\s+)(?=["“‘([]?[A-Z0-9])/g;

/**
 * Splits each paragraph into sentences. A full stop after a known abbreviation ("Mr.", "U.S.") or a
 * middle initial ("John F. Kennedy") does not end a sentence; one after a lone capital that follows a
 * lower-case word ("a post on X. What") does.
 */
export function sentenceRanges(body: string, paragraphs: Range[]): Range[] {
  const out: Range[] = [];
  for (const p of paragraphs) {
    const text = body.slice(p.start, p.end);
    let start = 0;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
      if (
        m[1] === "." &&
        !m[2] &&
        isAbbreviation(text, m.index) &&
        !startsSentence(text, m.index + 1 + m[3]!.length)
      )
        continue;
      const end = m.index + m[1]!.length + m[2]!.length;
      out.push({ start: p.start + start, end: p.start + end });
      start = end + m[3]!.length;
    }
    if (start < text.length) out.push({ start: p.start + start, end: p.end });
  }
  return out;
}

const STARTERS = new Set(
  "The A An It He She They We I In On At But And This That These There His Her Their Its Officials Police".split(
    " ",
  ),
);

/** After a dotted acronym ("Washington D.C. The …") a common sentence opener means a new sentence. */
function startsSentence(text: string, at: number): boolean {
  const word = /^["“‘(]?([A-Za-z]+)/.exec(text.slice(at))?.[1] ?? "";
  const before = /(\S+)$/.exec(text.slice(0, at).trimEnd())?.[1] ?? "";
  return /^(?:[A-Za-z]\.){2,}$/.test(before) && STARTERS.has(word);
}

function isAbbreviation(text: string, dot: number): boolean {
  const before = text.slice(0, dot);
  const word = /([A-Za-z.]+)$/.exec(before)?.[1] ?? "";
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  if (/^[A-Z]$/.test(word)) {
    // A middle initial follows a capitalised name; a lone letter after a lower-case word ends a sentence.
    const prev = /(\S+)\s+[A-Z]$/.exec(before)?.[1] ?? "";
    return /^[A-Z][a-z]/.test(prev);
  }
  return /^(?:[A-Za-z]\.){1,3}[A-Za-z]$/.test(word);
}
