/**
 * Control-plane set-ups a case needs for a while and then puts back: a throttling limit for an
 * operation the documents give none for (to provoke a burst's throttling), and slow asynchronous
 * progress (to hold a task in flight). Shared by the conformance run and the SDK mode.
 */
import type { Surface } from "../contracts/surfaces.ts";
import { SuiteError } from "../core/errors.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import type { Target } from "./target.ts";

/** The limit a burst exceeds where the documents give none (set on the simulator for the burst). */
const UNDOCUMENTED_BURST_LIMIT = 5;

/**
 * Run `body` with the operation's per-second limit: the documented one, or — with a control plane
 * — {@link UNDOCUMENTED_BURST_LIMIT} set on the simulator for the time of `body` and put back after.
 */
export async function withBurstLimit<T>(
  target: Target,
  surface: Surface,
  operation: string,
  body: (limit: number) => Promise<T>,
): Promise<T> {
  const documented = surfaceModule(surface).operations.find((o) => o.operation === operation)?.ratePerSecond;
  if (documented !== undefined) return body(documented);
  if (!target.hasControl)
    throw new SuiteError("ENIC_CONFIG", "no documented rate limit and no control plane to set one");
  const previous = ((await target.control("GET", "/_sim/faults")) as { throttle: unknown }).throttle;
  await target.control("PUT", "/_sim/faults", {
    throttle: { [`${surface}/${operation}`]: UNDOCUMENTED_BURST_LIMIT },
  });
  try {
    return await body(UNDOCUMENTED_BURST_LIMIT);
  } finally {
    // Whatever throttling was set before (the documented limits, none, or a user's own) comes back.
    await target.control("PUT", "/_sim/faults", { throttle: previous });
  }
}

/**
 * Run `body` with the simulator's asynchronous progress held at `polls` reads, then put the previous
 * progress back. Without a control plane `body` just runs.
 */
export async function withSlowProgress<T>(target: Target, polls: number, body: () => Promise<T>): Promise<T> {
  if (!target.hasControl) return body();
  const previous = (await target.control("GET", "/_sim/progress")) as {
    kind: string;
    polls?: number;
    ms?: number;
  };
  await target.control("PUT", "/_sim/progress", { polls });
  try {
    return await body();
  } finally {
    await target.control(
      "PUT",
      "/_sim/progress",
      previous.kind === "immediate"
        ? "immediate"
        : previous.kind === "polls"
          ? { polls: previous.polls }
          : { ms: previous.ms },
    );
  }
}
