import type { GraphIndex } from "../graph/graph-index.js";
import { wordKey } from "../text.js";
import type { QuestionCandidate } from "../types.js";
import { quoteTextSpan } from "./quote-clause.js";
import { candidate } from "./shared.js";

export const BLANK = "_____";
const STOPWORDS = new Set(
  "about above after again against also because been before being below between both could does doing down during each from further have having here into itself just more most much only other over same should some such than that their them then there these they this those through under until very were what when where which while will with would your".split(
    " ",
  ),
);

/** Spelling variants a reader may type for a word: British and American -ise/-ize, -our/-or. */
export function spellingVariants(word: string): string[] {
  const out = new Set([word]);
  const swaps: [RegExp, string][] = [
    [/iz(e|ed|es|ing|ation|ations)$/, "is$1"],
    [/is(e|ed|es|ing|ation|ations)$/, "iz$1"],
    [/our$/, "or"],
    [/or$/, "our"],
    [/eled$/, "elled"],
    [/elled$/, "eled"],
  ];
  for (const [re, to] of swaps) if (re.test(word)) out.add(word.replace(re, to));
  return [...out];
}

/** Fill in the quoted word: a salient word of a direct or partial quote, blanked in its sentence. */
export function clozeCandidates(ix: GraphIndex): QuestionCandidate[] {
  const out: QuestionCandidate[] = [];
  for (const quote of ix.quotes) {
    if (quote.kind === "PARAPHRASE") continue;
    const speaker = ix.entity(quote.speakerId);
    const words = quoteTextSpan(ix, quote);
    const sentence = ix.sentenceOf(words);
    const choice = salientWord(ix, words, sentence);
    if (!choice) continue;
    const before = ix.body.slice(sentence.start, choice.start);
    const after = ix.body.slice(choice.end, sentence.end);
    const aliases = ix.graph.entities
      .filter((e) => [e.name, ...e.aliases].some((n) => wordKey(n) === wordKey(choice.word)))
      .flatMap((e) => [e.name, ...e.aliases])
      .filter((n) => !/\s/.test(n));
    out.push(
      candidate(
        {
          key: `cloze:${quote.id}`,
          template: "cloze",
          skill: "vocabulary",
          prompt: `Fill in the missing word: ${before}${BLANK}${after}`,
          factKey: `quote:${quote.id}`,
          explanation: `The article quotes ${speaker ? `${speaker.name} as saying` : "the words"} “${quote.text}”.`,
          evidence: [sentence],
        },
        "CLOZE",
        "hard",
        {
          options: [],
          accepted: [...new Set([...spellingVariants(choice.word), ...aliases])],
          correctAnswer: choice.word,
        },
      ),
    );
  }
  return out;
}

interface Salient {
  word: string;
  start: number;
  end: number;
}

/** The longest content word of the quote that appears nowhere else in its sentence. */
function salientWord(
  ix: GraphIndex,
  words: { start: number; end: number },
  sentence: { start: number; end: number; text: string },
): Salient | undefined {
  const found: Salient[] = [];
  for (const m of ix.body.slice(words.start, words.end).matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const word = m[0];
    if (word.length < 5 || STOPWORDS.has(word.toLowerCase())) continue;
    const start = words.start + (m.index ?? 0);
    found.push({ word, start, end: start + word.length });
  }
  const lower = sentence.text.toLowerCase();
  return found
    .filter((w) => lower.split(w.word.toLowerCase()).length === 2)
    .sort((a, b) => b.word.length - a.word.length || a.start - b.start)[0];
}
