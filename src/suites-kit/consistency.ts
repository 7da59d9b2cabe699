/**
 * Time to consistency of asynchronous state changes: after an attach, detach or migrate is
 * accepted, how many reads (task polls and describes) it took until the target showed the final
 * state, and how long that took. On a real target this is what a staging run learns about the
 * cloud's eventual consistency; a change that never settled within the bounded wait is counted too.
 */

/** One accepted state change, as `executeOnce` measured it. */
export interface Timing {
  polls: number;
  ms: number;
  /** Whether the final state was seen within the bounded wait. */
  reached: boolean;
}

/** The summary over every run of a case. */
export interface Consistency {
  /** Accepted state changes measured. */
  calls: number;
  /** Of those, how many did not settle within the bounded wait. */
  unsettled: number;
  /** The most reads one change needed. */
  maxPolls: number;
  /** Median and maximum milliseconds from the answer to the final state (real targets only). */
  medianMs?: number;
  maxMs?: number;
}

/** Summarise the timings of a case; undefined when it changed nothing. */
export function summariseConsistency(
  timings: readonly Timing[],
  options: { withTimes: boolean },
): Consistency | undefined {
  if (timings.length === 0) return undefined;
  const out: Consistency = {
    calls: timings.length,
    unsettled: timings.filter((t) => !t.reached).length,
    maxPolls: Math.max(...timings.map((t) => t.polls)),
  };
  if (options.withTimes) {
    const ms = timings.map((t) => t.ms).sort((a, b) => a - b);
    out.medianMs = ms[Math.floor((ms.length - 1) / 2)] ?? 0;
    out.maxMs = ms.at(-1) ?? 0;
  }
  return out;
}
