import type { EntityKind, Method } from "@quizwire/content";
import type { Token } from "../text/tokens.js";

/** A post written next to a name: "Secretary of State" before "Marco Rubio". */
export interface TitleSpan {
  text: string;
  start: number;
  end: number;
  former: boolean;
}

/** One place the body names something, before mentions are grouped into entities. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  kind: EntityKind;
  /** The canonical name the mention stands for; mentions with the same kind and key are one entity. */
  key: string;
  method: Method;
  confidence: number;
  title?: TitleSpan;
  /** True for a demonym ("Iranian") standing for its country. */
  demonym?: boolean;
  /** Unresolved single capitalised words wait here until the whole text has been read. */
  pending?: { tokens: Token[]; sentenceStart: boolean };
}
