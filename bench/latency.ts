/**
 * Sequential request latency over one keep-alive connection (undici), measured per request with the
 * high-resolution clock: for figures below a millisecond, where autocannon's whole-millisecond
 * histograms say nothing. Bounded by a count and a time, whichever comes first.
 */
import { Client } from "undici";
import type { WireRequest } from "../src/core/wire.ts";

/** Percentiles of a list of durations, in microseconds. */
export interface LatencyStats {
  count: number;
  p50Us: number;
  p99Us: number;
  meanUs: number;
}

/** The percentile `p` (0..1) of ascending `sorted` values (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank] as number;
}

/** The median of `values` (NaN when there are none). */
export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

/** p50, p99 and mean of `values` (microseconds). */
export function latencyStats(values: readonly number[]): LatencyStats {
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    count: sorted.length,
    p50Us: percentile(sorted, 0.5),
    p99Us: percentile(sorted, 0.99),
    meanUs: sorted.length > 0 ? sum / sorted.length : Number.NaN,
  };
}

/** A sequential client on one connection; `send` answers status, body and the time it took (µs). */
export interface SequentialClient {
  send(req: WireRequest): Promise<{ status: number; body: string; us: number }>;
  close(): Promise<void>;
}

/** Open a sequential client to `origin` (http://127.0.0.1:PORT). */
export function sequentialClient(origin: string): SequentialClient {
  const client = new Client(origin, { pipelining: 1, keepAliveTimeout: 30_000 });
  return {
    async send(req) {
      const started = process.hrtime.bigint();
      const res = await client.request({
        method: req.method as "POST",
        path: req.url,
        headers: req.headers,
        body: req.method === "GET" ? null : req.body,
      });
      const body = await res.body.text();
      return { status: res.statusCode, body, us: Number(process.hrtime.bigint() - started) / 1000 };
    },
    close: () => client.close(),
  };
}

/**
 * Run `step` over and over (it sends one or more requests and returns their latencies by name)
 * until `maxMs` or `maxSteps` is reached; returns the stats per name.
 */
export async function measureSteps(
  step: () => Promise<Record<string, number>>,
  limits: { maxMs: number; maxSteps: number },
): Promise<Record<string, LatencyStats>> {
  const samples = new Map<string, number[]>();
  const started = performance.now();
  for (let i = 0; i < limits.maxSteps && performance.now() - started < limits.maxMs; i++) {
    for (const [name, us] of Object.entries(await step())) {
      const list = samples.get(name) ?? [];
      list.push(us);
      samples.set(name, list);
    }
  }
  return Object.fromEntries([...samples].map(([name, list]) => [name, latencyStats(list)]));
}
