import type { Range } from "@quizwire/content";

/** Quoted words: `start`/`end` bound the words inside the marks, `open`/`close` the marks themselves. */
export interface Quotation {
  open: number;
  close: number;
  start: number;
  end: number;
  text: string;
}

/**
 * Pairs quotation marks paragraph by paragraph: curly “ ” by direction, straight " by turns, and
 * single ‘ ’ / ' only where they cannot be apostrophes (after a space, before a letter). An
 * unclosed mark at the end of a paragraph is ignored.
 */
export function findQuotations(body: string, paragraphs: Range[]): Quotation[] {
  const out: Quotation[] = [];
  for (const p of paragraphs) {
    const doubles = pairDoubles(body, p);
    out.push(...doubles);
    out.push(
      ...pairSingles(body, p).filter((q) => !doubles.some((d) => q.open > d.open && q.open < d.close)),
    );
  }
  return out.sort((a, b) => a.open - b.open).filter((q) => q.text.trim().length > 0);
}

function pairDoubles(body: string, p: Range): Quotation[] {
  const out: Quotation[] = [];
  let open = -1;
  for (let i = p.start; i < p.end; i++) {
    const c = body[i];
    if (c === "“" || (c === '"' && open < 0)) {
      open = i;
    } else if ((c === "”" || c === '"') && open >= 0) {
      out.push(make(body, open, i));
      open = -1;
    }
  }
  return out;
}

function pairSingles(body: string, p: Range): Quotation[] {
  const out: Quotation[] = [];
  let open = -1;
  for (let i = p.start; i < p.end; i++) {
    const c = body[i];
    if (c !== "‘" && c !== "'" && c !== "’") continue;
    const before = i === p.start ? " " : body[i - 1]!;
    const after = i + 1 >= p.end ? " " : body[i + 1]!;
    if (open < 0 && c !== "’" && /[\s(“"]/.test(before) && /\p{L}/u.test(after)) open = i;
    else if (open >= 0 && c !== "‘" && /[\p{L}.,!?]/u.test(before) && /[\s.,;:!?)”"]/.test(after)) {
      out.push(make(body, open, i));
      open = -1;
    }
  }
  return out;
}

function make(body: string, open: number, close: number): Quotation {
  return { open, close, start: open + 1, end: close, text: body.slice(open + 1, close) };
}
