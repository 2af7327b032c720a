/** A raw article as ingestion takes it: the text and what is known about it. */
export interface RawInput {
  title: string;
  /** Paragraphs separated by newlines (blank lines allowed). HTML is stripped to text. */
  body: string;
  byline?: string;
  /** YYYY-MM-DD; when absent, read from the dateline, else `options.today`. */
  publishedAt?: string;
  /** As printed, e.g. "Thursday, February 23, 2023". */
  dateline?: string;
  publisher?: string;
  /** Defaults to the title, slugified. */
  slug?: string;
  dek?: string;
  sourceUrl?: string;
  license?: string;
  attribution?: string;
}

export interface ExtractOptions {
  /** The date used when neither publishedAt nor a dateline is given (YYYY-MM-DD). Default: today (UTC). */
  today?: string;
  /** Use compromise as a second opinion on single unknown capitalised words. Default: true. */
  personHint?: boolean;
  /** Called as each stage starts, for progress reports. */
  onStage?: (stage: string) => void;
}
