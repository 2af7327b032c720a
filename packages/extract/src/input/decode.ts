import { ExtractInputError } from "./errors.js";

/** Largest article file accepted: 1 MB, twenty times a long feature. Larger is refused, not truncated. */
export const MAX_INPUT_BYTES = 1_000_000;

/**
 * Turns file bytes into text, refusing what is not an article: more than MAX_INPUT_BYTES, NUL bytes
 * (binary data) or bytes that are not valid UTF-8. A leading byte-order mark is dropped.
 */
export function decodeArticleBytes(bytes: Uint8Array, name = "the input"): string {
  if (bytes.length > MAX_INPUT_BYTES) {
    const mb = (bytes.length / 1_000_000).toFixed(1);
    throw new ExtractInputError(
      `${name} is ${mb} MB; the limit is 1 MB per article. Ingest one article per file, as plain text.`,
    );
  }
  if (bytes.includes(0))
    throw new ExtractInputError(
      `${name} holds NUL bytes: it looks like binary data, not text. Give a plain-text (UTF-8) article.`,
    );
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ExtractInputError(
      `${name} is not valid UTF-8 text. Save the article as UTF-8 plain text and try again.`,
    );
  }
}
