import { parentPort } from "node:worker_threads";
import type { ExtractResult } from "@quizwire/extract";
import { type DraftInput, DraftInputError, draftFromInput } from "./draft.js";

/** Main thread → worker: one draft at a time. */
export interface DraftRequest {
  input: DraftInput;
}

/**
 * Worker → main thread: `started` as the draft begins (the timeout counts from there), then one
 * answer. Errors are sent as data: an Error crossing the thread boundary loses its class.
 */
export type DraftReply =
  | { kind: "started" }
  | { kind: "done"; result: ExtractResult }
  | { kind: "bad-input"; message: string }
  | { kind: "failed"; name: string; message: string; stack?: string };

// A worker thread of DraftPool: the extractor's models load once, on its first draft, and stay.
const port = parentPort;
if (!port) throw new Error("draft.worker runs as a worker thread of DraftPool, not on its own.");
port.on("message", ({ input }: DraftRequest) => {
  port.postMessage({ kind: "started" } satisfies DraftReply);
  let reply: DraftReply;
  try {
    reply = { kind: "done", result: draftFromInput(input) };
  } catch (error) {
    if (error instanceof DraftInputError) reply = { kind: "bad-input", message: error.message };
    else {
      const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
      reply = { kind: "failed", name, message, stack };
    }
  }
  port.postMessage(reply);
});
