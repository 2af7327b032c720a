import type { Range } from "../schema/span.js";
import { type ContentError, formatPath, quoteText } from "./error.js";
import type { ArticleParts } from "./parts.js";

/**
 * Checks the article's sentences and paragraphs: each list sorted, non-overlapping, inside the body
 * and covering every non-whitespace character; each sentence inside one paragraph.
 */
export function checkStructure(file: string, parts: ArticleParts): ContentError[] {
  const article = parts.article;
  if (!article) return [];
  const body = article.body;
  if (body.trim() === "") {
    return [
      { file, path: "article.body", message: "the body holds only whitespace: an article needs its text" },
    ];
  }
  const errors = [
    ...checkCover(file, body, article.paragraphs, "paragraphs"),
    ...checkCover(file, body, article.sentences, "sentences"),
  ];
  article.sentences.forEach((sentence, i) => {
    if (sentence.end > body.length) return;
    if (article.paragraphs.some((p) => p.start <= sentence.start && sentence.end <= p.end)) return;
    errors.push({
      file,
      path: formatPath(["article", "sentences", i]),
      message: `sentence [${sentence.start}, ${sentence.end}) ${quoteText(body.slice(sentence.start, sentence.end))} is not inside one paragraph; split it at the paragraph break or fix the paragraphs`,
    });
  });
  return errors;
}

function checkCover(
  file: string,
  body: string,
  ranges: Range[],
  name: "sentences" | "paragraphs",
): ContentError[] {
  const one = name === "sentences" ? "sentence" : "paragraph";
  const errors: ContentError[] = [];
  let previousEnd = 0;
  ranges.forEach((range, i) => {
    const path = formatPath(["article", name, i]);
    if (range.end > body.length) {
      errors.push({
        file,
        path: `${path}.end`,
        message: `${one} [${range.start}, ${range.end}) ends beyond the body, which has ${body.length} characters; fix end`,
      });
    } else if (range.start < previousEnd) {
      errors.push({
        file,
        path: `${path}.start`,
        message: `${one} [${range.start}, ${range.end}) starts before the previous ${one} ends (at ${previousEnd}); ${name} must be sorted and must not overlap`,
      });
    }
    previousEnd = Math.max(previousEnd, range.end);
  });
  // Gaps only mean something once the ranges are in order.
  return errors.length > 0 ? errors : checkGaps(file, body, ranges, name);
}

function checkGaps(
  file: string,
  body: string,
  ranges: Range[],
  name: "sentences" | "paragraphs",
): ContentError[] {
  const one = name === "sentences" ? "sentence" : "paragraph";
  const errors: ContentError[] = [];
  let covered = 0;
  ranges.forEach((range, i) => {
    if (body.slice(covered, range.start).trim() !== "") {
      errors.push({
        file,
        path: formatPath(["article", name, i, "start"]),
        message: gapMessage(body, covered, range.start, one),
      });
    }
    covered = range.end;
  });
  if (body.slice(covered).trim() !== "") {
    errors.push({
      file,
      path: formatPath(["article", name]),
      message: gapMessage(body, covered, body.length, one),
    });
  }
  return errors;
}

function gapMessage(body: string, from: number, to: number, one: string): string {
  const gap = body.slice(from, to).trim();
  return `the text ${quoteText(gap)} between ${from} and ${to} is in no ${one}; every non-whitespace character of the body must be in a ${one}`;
}
