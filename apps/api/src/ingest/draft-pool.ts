import { Worker } from "node:worker_threads";
import type { ExtractResult } from "@quizwire/extract";
import type { Logger } from "pino";
import { type DraftInput, DraftInputError } from "./draft.js";
import type { DraftReply, DraftRequest } from "./draft.worker.js";

export interface DraftPoolOptions {
  /** Most worker threads, each drafting one article at a time; further drafts wait in turn. */
  size: number;
  /**
   * Milliseconds one draft may run in its worker before that worker is terminated and the draft
   * fails with DraftTimeoutError. A worker gets apart from it up to STARTUP_MS (or timeoutMs, if
   * longer) to load and begin the draft.
   */
  timeoutMs: number;
  /** Most drafts waiting for a worker; one more is refused at once with DraftBusyError. */
  maxWaiting: number;
  logger: Logger;
}

/** How long a new worker may take to load the extractor and begin a draft. */
export const STARTUP_MS = 60_000;

/** A draft stopped because it ran past the pool's timeout (the text is too long to draft in time). */
export class DraftTimeoutError extends Error {
  override readonly name = "DraftTimeoutError";
  constructor(readonly timeoutMs: number) {
    super(
      `Drafting the article took longer than ${timeoutMs / 1000} s and was stopped: send a shorter text (split a long one), or raise the server's INGEST_TIMEOUT_MS.`,
    );
  }
}

/** Too many drafts are already waiting: the caller should try again later. */
export class DraftBusyError extends Error {
  override readonly name = "DraftBusyError";
  constructor(readonly waiting: number) {
    super(
      `${waiting} articles are already waiting to be drafted: try again in a minute, or raise the server's INGEST_QUEUE_LIMIT.`,
    );
  }
}

/** The worker thread died (crashed, exited, was terminated) before answering; a server fault. */
export class DraftWorkerError extends Error {
  override readonly name = "DraftWorkerError";
}

interface Job {
  input: DraftInput;
  resolve(result: ExtractResult): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  job?: Job;
  /** Whether the worker said it began the job. */
  started: boolean;
  timer?: NodeJS.Timeout;
  /** The error the worker raised before exiting, if any. */
  failure?: Error;
}

/**
 * Drafts articles in `node:worker_threads` workers, so that the CPU-bound extractor (wink-nlp,
 * chrono-node, compromise) never holds the API's event loop. Workers start on demand, are reused
 * (the extractor's models load once per worker), and one that dies or times out is replaced by the
 * next draft. Bad input keeps its meaning across the thread boundary (DraftInputError).
 */
export class DraftPool {
  readonly #options: DraftPoolOptions;
  readonly #slots = new Set<Slot>();
  readonly #queue: Job[] = [];
  #closed = false;

  constructor(options: DraftPoolOptions) {
    this.#options = options;
  }

  /** Drafts in a worker; rejects with DraftInputError, DraftTimeoutError, DraftBusyError or DraftWorkerError. */
  draft(input: DraftInput): Promise<ExtractResult> {
    if (this.#closed)
      return Promise.reject(new DraftWorkerError("The draft pool is closed: the server is shutting down."));
    // Every worker busy and the queue full: refuse now rather than keep texts in memory without end.
    if (
      this.#queue.length >= this.#options.maxWaiting &&
      !this.#idle() &&
      this.#slots.size >= this.#options.size
    )
      return Promise.reject(new DraftBusyError(this.#queue.length));
    return new Promise((resolve, reject) => {
      this.#queue.push({ input, resolve, reject });
      this.#pump();
    });
  }

  /** Worker threads alive now (at most `size`). */
  get workers(): number {
    return this.#slots.size;
  }

  /** Drafts waiting for a worker. */
  get waiting(): number {
    return this.#queue.length;
  }

  /** Drafts a worker has begun and not yet answered. */
  get running(): number {
    let n = 0;
    for (const slot of this.#slots) if (slot.job && slot.started) n++;
    return n;
  }

  /**
   * Terminates every worker. A draft one was running fails as after a crash (DraftWorkerError);
   * the pool stays usable and the next draft starts a new worker.
   */
  async terminateWorkers(): Promise<void> {
    await Promise.all([...this.#slots].map((slot) => slot.worker.terminate()));
  }

  /** Refuses new drafts, fails the waiting ones and terminates the workers. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#queue.splice(0))
      job.reject(new DraftWorkerError("The draft pool closed before this draft began."));
    await this.terminateWorkers();
  }

  #pump(): void {
    while (this.#queue.length > 0 && !this.#closed) {
      const slot = this.#idle() ?? (this.#slots.size < this.#options.size ? this.#spawn() : undefined);
      if (!slot) return;
      const job = this.#queue.shift()!;
      slot.job = job;
      slot.started = false;
      // A busy worker keeps the process alive until it answers; an idle one does not.
      slot.worker.ref();
      this.#arm(slot, Math.max(STARTUP_MS, this.#options.timeoutMs));
      slot.worker.postMessage({ input: job.input } satisfies DraftRequest);
    }
  }

  #idle(): Slot | undefined {
    for (const slot of this.#slots) if (!slot.job) return slot;
    return undefined;
  }

  #spawn(): Slot {
    const slot: Slot = { worker: startWorker(), started: false };
    slot.worker.on("message", (reply: DraftReply) => this.#onReply(slot, reply));
    slot.worker.on("error", (error) => {
      slot.failure = error;
    });
    slot.worker.on("exit", (code) => this.#onExit(slot, code));
    slot.worker.unref();
    this.#slots.add(slot);
    return slot;
  }

  /** (Re)starts the slot's timer: when the job is sent (startup allowance), again when the worker begins it. */
  #arm(slot: Slot, ms: number): void {
    clearTimeout(slot.timer);
    slot.timer = setTimeout(() => this.#timeOut(slot), ms);
  }

  #release(slot: Slot): Job | undefined {
    const job = slot.job;
    clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.job = undefined;
    slot.started = false;
    slot.worker.unref();
    return job;
  }

  #onReply(slot: Slot, reply: DraftReply): void {
    if (!slot.job) return;
    if (reply.kind === "started") {
      slot.started = true;
      this.#arm(slot, this.#options.timeoutMs);
      return;
    }
    const job = this.#release(slot)!;
    if (reply.kind === "done") job.resolve(reply.result);
    else if (reply.kind === "bad-input") job.reject(new DraftInputError(reply.message));
    else job.reject(Object.assign(new Error(reply.message), { name: reply.name, stack: reply.stack }));
    this.#pump();
  }

  #timeOut(slot: Slot): void {
    const { started } = slot;
    const job = this.#release(slot);
    if (!job) return;
    // Forget the slot first: its exit is expected, and a new worker may take its place at once.
    this.#slots.delete(slot);
    void slot.worker.terminate();
    const { timeoutMs, logger } = this.#options;
    if (started) {
      logger.warn({ timeoutMs }, "a draft ran past its timeout; its worker was terminated");
      job.reject(new DraftTimeoutError(timeoutMs));
    } else {
      const error = new DraftWorkerError(
        "The draft worker did not begin the draft in time; it was terminated.",
      );
      logger.error({ err: error }, "a draft worker did not start; the next draft starts a new one");
      job.reject(error);
    }
    this.#pump();
  }

  #onExit(slot: Slot, code: number): void {
    const known = this.#slots.delete(slot);
    const job = this.#release(slot);
    if (job) {
      const error = new DraftWorkerError(`The draft worker exited with code ${code} before answering.`, {
        cause: slot.failure,
      });
      this.#options.logger.error(
        { err: error },
        "a draft worker died while drafting; the next draft starts a new one",
      );
      job.reject(error);
    } else if (known && !this.#closed) {
      this.#options.logger.warn({ code, err: slot.failure }, "an idle draft worker exited");
    }
    this.#pump();
  }
}

const HERE = import.meta.url;

/** The worker beside this module: the compiled draft.worker.js, or from source (vitest, tsx) the .ts through tsx. */
function startWorker(): Worker {
  if (HERE.endsWith(".ts"))
    return new Worker(new URL("./source-worker.mjs", HERE), {
      workerData: { script: new URL("./draft.worker.ts", HERE).href },
      execArgv: ["--conditions=source"],
    });
  return new Worker(new URL("./draft.worker.js", HERE));
}
