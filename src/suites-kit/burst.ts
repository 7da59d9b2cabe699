/**
 * Sending a burst (the `rate.burst` cases): one request more than the operation's per-second limit,
 * all signed before the first leaves so that they leave together, neither paced nor retried (the
 * burst must exceed the rate, and its answers be seen). A burst proves something only if it fits in
 * one second or was refused: one whose answers took longer and were all accepted is sent again, and after
 * {@link BURST_TRIES} such bursts the outcome is a harness error naming the time they took — a busy
 * machine or a slow link is never reported as a target that does not throttle.
 */
import type { CallOptions, CallResult, Client } from "../client/client.ts";
import type { Surface } from "../contracts/surfaces.ts";
import { SuiteError } from "../core/errors.ts";

/** How many bursts are sent before a burst that never fits in one second is given up. */
export const BURST_TRIES = 3;

/** The answers of the last burst sent, and how long it took from the first send to the last answer. */
export interface Burst {
  answers: CallResult[];
  elapsedMs: number;
}

/**
 * Send `size` copies of `operation` with `params` (signed as `how` says) at once, until `shows`
 * finds a refusal among the answers or a burst fits in one second without one.
 */
export async function sendBurst(
  client: Client<Surface>,
  operation: string,
  params: Record<string, unknown>,
  how: CallOptions,
  size: number,
  shows: (answer: CallResult) => boolean,
  now: () => number = () => performance.now(),
): Promise<Burst> {
  const took: number[] = [];
  for (;;) {
    const prepared = Array.from({ length: size }, () => client.prepare(operation, params, how));
    const start = now();
    const answers = await Promise.all(prepared.map((p) => client.sendPrepared(p, { retry: false })));
    const elapsedMs = now() - start;
    if (answers.some(shows) || elapsedMs <= 1000) return { answers, elapsedMs };
    took.push(Math.round(elapsedMs));
    if (took.length >= BURST_TRIES) {
      throw new SuiteError(
        "ENIC_TIMEOUT",
        `a burst of ${size} requests never fitted in one second (the answers took ${took.join(", ")} ms): it shows nothing about the target's limit`,
      );
    }
  }
}
