/** The parts of the seed's plain-text source: title, dek, body paragraphs, byline and publisher. */
export interface SeedSource {
  title: string;
  dek: string;
  /** Paragraphs joined by a single "\n", otherwise exactly as written. */
  body: string;
  byline: string;
  publisher: string;
}

const SIGNATURE = /^(.+) for (.+)$/;

/**
 * Reads the seed's layout: line 1 the title, line 2 the dek, line 3 blank, then the body
 * paragraphs, and last a signature line "<byline> for <publisher>". Throws naming the line that
 * does not fit, so a changed source is noticed rather than mis-cut.
 */
export function parseSeedSource(text: string): SeedSource {
  const lines = text.replace(/\r\n/g, "\n").replace(/\n+$/, "").split("\n");
  const [title, dek, blank, ...rest] = lines;
  if (!title || !dek) throw new Error("the source needs a title on line 1 and a dek on line 2");
  if (blank !== "") throw new Error(`line 3 of the source must be blank, found ${JSON.stringify(blank)}`);
  const signature = rest.pop();
  const match = signature ? SIGNATURE.exec(signature) : null;
  if (!match)
    throw new Error(`the last line must read "<byline> for <publisher>", found ${JSON.stringify(signature)}`);
  const empty = rest.findIndex((line) => line.trim() === "");
  if (empty >= 0)
    throw new Error(`line ${empty + 4} is blank: body paragraphs are one per line, with no blank lines`);
  if (rest.length === 0)
    throw new Error("the source has no body paragraphs between the dek and the signature");
  return { title, dek, body: rest.join("\n"), byline: match[1]!, publisher: match[2]! };
}
