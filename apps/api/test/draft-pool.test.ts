import { pino } from "pino";
import { afterAll, describe, expect, it, vi } from "vitest";
import { type DraftInput, DraftInputError, draftFromInput } from "../src/ingest/draft.js";
import { DraftBusyError, DraftPool, DraftTimeoutError, DraftWorkerError } from "../src/ingest/draft-pool.js";
import { corpusText, longCorpusText } from "./ingest-support/databases.js";

const CORPUS = "new-zealand-flag-process";

/** A pool whose log lines are kept, to see what it reported. */
function poolWithLog(timeoutMs = 60_000, size = 1, maxWaiting = 16) {
  const lines: { level: number; msg: string; err?: { message: string } }[] = [];
  const logger = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { pool: new DraftPool({ size, timeoutMs, maxWaiting, logger }), lines };
}

/** The in-process outcome of drafting `input`: the result, or the DraftInputError's message. */
function inProcess(input: DraftInput) {
  try {
    return draftFromInput(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DraftInputError);
    return (error as Error).message;
  }
}

describe("DraftPool.draft", () => {
  const { pool, lines } = poolWithLog();
  afterAll(() => pool.close());

  it("gives the same draft as drafting in-process, deep-equal", async () => {
    const input = { text: corpusText(CORPUS), slug: CORPUS };
    const drafted = await pool.draft(input);
    expect(drafted.draft.quotes.length).toBeGreaterThan(0);
    expect(drafted).toStrictEqual(draftFromInput(input));
  });

  const french = `Le gouvernement a annoncé mardi le début d'une consultation publique sur le drapeau. ${"Les citoyens pourront proposer des dessins pour un nouveau drapeau national, et dire s'ils préfèrent un autre drapeau que celui d'aujourd'hui. ".repeat(4)}`;
  const refused: [string, DraftInput][] = [
    ["empty text", { text: " \n\n " }],
    ["binary data", { title: "Bytes", text: "\u0000\u0001\u0002PNG\u0000\u0000IHDR" }],
    ["a text that is not English", { title: "Drapeau", text: french }],
    ["a bad publishedAt", { text: corpusText(CORPUS), publishedAt: "07/05/2015" }],
    ["a bad slug", { text: corpusText(CORPUS), slug: "Not A Slug" }],
    ["over 1 MB", { title: "Big", text: "The minister said the talks would go on. ".repeat(30_000) }],
  ];
  it.each(refused)("refuses %s with a DraftInputError and the in-process sentence", async (_, input) => {
    const expected = inProcess(input);
    expect(typeof expected).toBe("string");
    const error = await pool.draft(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DraftInputError);
    expect((error as Error).message).toBe(expected);
  });

  it("reuses its one worker, and drafts sent at once wait their turn", async () => {
    const inputs = ["afghan-girls-robotics-team", "uk-asylum-questionnaire"].map((slug) => ({
      text: corpusText(slug),
    }));
    const drafted = await Promise.all(inputs.map((input) => pool.draft(input)));
    expect(drafted.map((d) => d.draft.article.slug)).toEqual(
      inputs.map((i) => draftFromInput(i).draft.article.slug),
    );
    expect(pool.workers).toBe(1);
    expect(lines.filter((l) => l.level >= 40)).toEqual([]);
  });

  it("fails the draft of a worker that exits (DraftWorkerError, logged), then drafts in a new worker", async () => {
    const running = pool.draft({ text: longCorpusText(CORPUS) });
    await vi.waitFor(() => expect(pool.running).toBe(1), { timeout: 60_000, interval: 5 });
    await pool.terminateWorkers();
    const error = await running.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DraftWorkerError);
    expect((error as Error).message).toMatch(/exited with code 1 before answering/);
    expect(pool.workers).toBe(0);
    expect(lines.find((l) => l.level === 50)?.msg).toMatch(/died while drafting/);

    const input = { text: corpusText(CORPUS), slug: CORPUS };
    expect(await pool.draft(input)).toStrictEqual(draftFromInput(input));
    expect(pool.workers).toBe(1);
  });
});

describe("DraftPool timeout", () => {
  it("terminates the worker of a draft that runs past it and says what to do", async () => {
    const { pool, lines } = poolWithLog(1);
    try {
      const error = await pool.draft({ text: longCorpusText(CORPUS) }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DraftTimeoutError);
      expect((error as Error).message).toMatch(/longer than 0.001 s and was stopped: send a shorter text/);
      expect(pool.workers).toBe(0);
      expect(lines.find((l) => l.level === 40)?.msg).toMatch(/ran past its timeout/);
    } finally {
      await pool.close();
    }
  });
});

describe("DraftPool.close", () => {
  it("refuses a draft at once when every worker is busy and the queue is full, saying what to do", async () => {
    const { pool } = poolWithLog(60_000, 1, 1);
    try {
      const running = pool.draft({ text: longCorpusText(CORPUS) }).catch((e: unknown) => e);
      const waiting = pool.draft({ text: corpusText(CORPUS) });
      expect(pool.waiting).toBe(1);
      const refused = await pool.draft({ text: corpusText(CORPUS) }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(DraftBusyError);
      expect((refused as Error).message).toMatch(/1 articles are already waiting.*INGEST_QUEUE_LIMIT/);
      // The refusal costs the others nothing: both still draft.
      expect((await waiting).draft.article.title).toBeTruthy();
      expect(await running).not.toBeInstanceOf(Error);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it("terminates the workers and refuses drafts, running, waiting or new", async () => {
    const { pool } = poolWithLog();
    const running = pool.draft({ text: longCorpusText(CORPUS) }).catch((e: unknown) => e);
    const waiting = pool.draft({ text: corpusText(CORPUS) }).catch((e: unknown) => e);
    await vi.waitFor(() => expect(pool.running).toBe(1), { timeout: 60_000, interval: 5 });
    await pool.close();
    expect(pool.workers).toBe(0);
    expect(await running).toBeInstanceOf(DraftWorkerError);
    expect(await waiting).toBeInstanceOf(DraftWorkerError);
    await expect(pool.draft({ text: corpusText(CORPUS) })).rejects.toThrow(/closed/);
  });
});
