import type { Range } from "@quizwire/content";
import type { Token } from "../text/tokens.js";
import { findChunks } from "./chunks.js";
import { classifyName } from "./classify.js";
import { lexicon } from "./lexicon.js";
import type { Mention, TitleSpan } from "./mention.js";
import { splitChunk } from "./split.js";

const PLACE = new Set(["COUNTRY", "CITY", "REGION"]);

/** Between a post and its qualifier or its holder: "Special Envoy| to the |Middle East". */
const TITLE_LINK = /^\s*(?:to|of|for|in)\s+(?:the\s+)?$/;

/**
 * Finds every mention of a named thing, typed by the gazetteer, the registry, the post in front of
 * it or the shape of the name. Single unknown words are left pending for `linkMentions`.
 */
export function findMentions(body: string, tokens: Token[], sentences: Range[]): Mention[] {
  const mentions: Mention[] = [];
  const lex = lexicon();
  const lowerWords = new Set(tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.text));
  let title: TitleSpan | undefined;
  for (const chunk of findChunks(body, tokens, sentences)) {
    const gap = title ? body.slice(title.end, chunk.start) : "";
    let attach = title && /^\s?$/.test(gap) ? title : undefined;
    let qualified = title && TITLE_LINK.test(gap) ? title : undefined;
    title = undefined;
    for (const part of splitChunk(body, chunk)) {
      if (part.type === "title") {
        title = { text: part.text, start: part.start, end: part.end, former: part.former };
        attach = undefined;
        continue;
      }
      if (part.type === "known") {
        const post: TitleSpan | undefined = title ?? qualified;
        if (post && TITLE_LINK.test(body.slice(post.end, part.start)) && part.entry.kind !== "PERSON") {
          // "Special Envoy to the Middle East": the qualifier belongs to the post.
          title = { ...post, text: body.slice(post.start, part.end), end: part.end };
        }
        qualified = undefined;
        attach = undefined;
        if (
          part.entry.name.length === 1 &&
          !/\b(?:on|via)\s+$/.test(body.slice(Math.max(0, part.start - 5), part.start))
        )
          continue;
        mentions.push({
          start: part.start,
          end: part.end,
          text: part.text,
          kind: part.entry.kind,
          key: part.entry.name,
          method: part.entry.method,
          confidence: part.entry.demonym ? 0.7 : 0.95,
          ...(part.entry.demonym ? { demonym: true } : {}),
        });
        continue;
      }
      const holder = title ?? attach;
      if (
        part.tokens.length === 1 &&
        (lex.titleHeads.has(part.text) || lex.titles.has(part.text) || /^I['’]/.test(part.text))
      )
        continue;
      const hasPlace = part.tokens.some((t) => PLACE.has(lex.names.get(t.text)?.kind ?? ""));
      const verdict = classifyName(part.tokens, !!holder, !!part.honorific, lowerWords, hasPlace);
      title = undefined;
      attach = undefined;
      if (!verdict) continue;
      const key = part.honorific ? part.text.slice(part.honorific.length).trim() : part.text;
      if (!verdict.kind) {
        mentions.push({
          ...base(part),
          kind: "OTHER",
          key,
          method: verdict.method,
          confidence: verdict.confidence,
          pending: { tokens: part.tokens, sentenceStart: part.sentenceStart },
        });
        continue;
      }
      mentions.push({
        ...base(part),
        kind: verdict.kind,
        key,
        method: verdict.method,
        confidence: verdict.confidence,
        ...(holder && verdict.kind === "PERSON" ? { title: holder } : {}),
      });
    }
  }
  return mentions;
}

function base(part: { start: number; end: number; text: string }) {
  return { start: part.start, end: part.end, text: part.text };
}
