import autocannon from "autocannon";

/** One load run, sent by the parent over IPC. */
export interface LoadSpec {
  url: string;
  method: "GET" | "POST";
  body?: string;
  headers?: Record<string, string>;
  seconds: number;
  connections: number;
}

/** What the runner sends back. */
export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  total: number;
}

// Runs in its own process (forked by api.bench.ts) so that the load generator does not share the
// event loop of the servers it measures.
process.on("message", async (spec: LoadSpec) => {
  const result = await autocannon({
    url: spec.url,
    method: spec.method,
    body: spec.body,
    headers: spec.headers,
    duration: spec.seconds,
    connections: spec.connections,
    // Database-bound servers answer slowly on a busy machine: count slow answers, not timeouts.
    timeout: 60,
  });
  const out: LoadResult = {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    total: result.requests.total,
  };
  process.send?.(out);
});
