/**
 * Puts a body into the data-file shape: paragraphs separated by a single "\n", each trimmed, blank
 * lines dropped, Windows line ends and non-breaking spaces made plain.
 */
export function normaliseBody(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .filter((line) => line.length > 0)
    .join("\n");
}
