/**
 * One bounded load run with autocannon against 127.0.0.1: a fixed number of connections for a fixed
 * duration, each connection cycling through the given requests. Returns the figures the tables
 * show (requests per second, latency percentiles in whole milliseconds, errors).
 */
import autocannon from "autocannon";

/** What a load run measured. */
export interface LoadResult {
  /** Mean requests per second over the run. */
  rps: number;
  /** Responses received. */
  responses: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  /** Socket errors and timeouts. */
  errors: number;
  non2xx: number;
  connections: number;
  durationS: number;
}

/** Load settings. */
export interface LoadOptions {
  connections: number;
  durationS: number;
}

/** Run the load; resolves when the duration is over (autocannon stops by itself). */
export async function runLoad(
  url: string,
  requests: autocannon.Request[],
  options: LoadOptions,
): Promise<LoadResult> {
  if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(url)) {
    throw new Error(`load runs only against loopback addresses, not ${url}`);
  }
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.durationS,
    timeout: 10,
    requests,
  });
  return {
    rps: result.requests.total / result.duration,
    responses: result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    meanMs: result.latency.average,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    connections: options.connections,
    durationS: result.duration,
  };
}
