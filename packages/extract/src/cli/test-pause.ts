/**
 * Test-only hook for `ingest`: with QUIZWIRE_TEST_PAUSE_IN_LOAD set to a load step ("article",
 * "entities", "events", "quotes", "relations"), the load stops for good inside its transaction
 * after that step and says so on stderr, so that a test can kill the process mid-way
 * (test/kill.test.ts). Unset, there is no hook and the load runs as usual.
 */
export function pauseInLoad(step: string | undefined): ((reached: string) => Promise<void>) | undefined {
  if (!step) return undefined;
  return async (reached) => {
    if (reached !== step) return;
    process.stderr.write(`ingest: paused inside the load transaction after "${reached}"\n`);
    // PGlite runs in-process: without a timer nothing keeps Node alive while the promise waits.
    await new Promise(() => setInterval(() => {}, 60_000));
  };
}
