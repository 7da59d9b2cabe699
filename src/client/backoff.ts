/**
 * Retry policy: which answers may be retried and how long to wait. Exponential backoff with equal
 * jitter (half the capped exponential step, plus a random share of the other half), drawn from the
 * injected random source so runs are reproducible. The fixed half matters for throttling: with full
 * jitter a run of near-zero waits can spend every attempt inside the same one-second window.
 */
import type { Random } from "../core/clock.ts";

/** How a client retries. */
export interface RetryPolicy {
  /** Total attempts including the first (1 = no retry). */
  attempts: number;
  /** First backoff step in ms. */
  baseDelayMs: number;
  /** Largest backoff step in ms. */
  maxDelayMs: number;
  /**
   * Which failures to get an answer are retried: `resets` (the default) only a refused or reset
   * connection, which may not have reached the server; `any` also a timeout or any other network
   * error (a staging run rides out a flaky target; every attempt is signed afresh).
   */
  transport?: "resets" | "any";
}

/** The default: 3 attempts, 100 ms base, 2 s cap. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 100, maxDelayMs: 2000 };

/** Delay before retry number `retry` (1-based), honouring a server's retry-after hint (ms). */
export function backoffDelay(
  policy: RetryPolicy,
  retry: number,
  random: Random,
  retryAfterMs?: number,
): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  const jittered = Math.floor(step / 2 + random.float() * (step / 2));
  return retryAfterMs !== undefined
    ? Math.max(jittered, Math.min(retryAfterMs, policy.maxDelayMs))
    : jittered;
}

/** Network failures a retry may cure (the request may not have reached the server, or was cut). */
export function isRetryableNetworkError(error: unknown): boolean {
  const code = String((error as { code?: unknown })?.code ?? "");
  return ["ECONNRESET", "ECONNREFUSED", "EPIPE", "UND_ERR_SOCKET", "UND_ERR_CLOSED"].includes(code);
}
