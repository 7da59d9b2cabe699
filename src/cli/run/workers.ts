/**
 * How a run's surfaces are split over vitest workers: against the embedded simulator each worker
 * runs its group of surfaces with a simulator of its own (the run is CPU-bound, so one worker leaves
 * the other cores idle). A real target, SDK mode, one case, a cassette or configured rates keep the
 * run in one worker.
 */
import { availableParallelism } from "node:os";
import type { RunConfig } from "../../config/run-config.ts";
import type { Surface } from "../../contracts/surfaces.ts";
import { SuiteError } from "../../core/errors.ts";

/** Below this many runs per case, a second worker's start (about 1 s of CPU) costs more than it saves. */
const PARALLEL_FROM_RUNS = 10;

/**
 * Why the run must stay in one worker, if it must: each worker runs against an embedded simulator
 * of its own, which a real target (the Tencent surfaces share an account; rates are paced per
 * process), SDK mode, one case, a cassette or pacing do not allow.
 */
function serialReason(config: RunConfig): string | undefined {
  if (config.target !== "sim") return "a real target";
  if (config.client !== undefined) return "SDK mode";
  if (config.caseId !== undefined) return "one case";
  if (config.record !== undefined || config.playback !== undefined) return "a cassette";
  if (Object.keys(config.rateLimits).length > 0) return "rate limits";
  return undefined;
}

/**
 * The groups of surfaces to run in workers of their own (one group: one worker). `--workers N` asks
 * for N; by default one per core (at most one per surface) from PARALLEL_FROM_RUNS runs per case.
 * Throws SuiteError ENIC_CONFIG when N workers were asked for a run that must stay in one.
 */
export function workerGroups(config: RunConfig, cores: number = availableParallelism()): Surface[][] {
  const reason = serialReason(config);
  if (config.workers !== undefined && config.workers > 1 && reason)
    throw new SuiteError("ENIC_CONFIG", `--workers ${config.workers}: ${reason} runs in one worker`);
  const wanted = config.workers ?? (reason || config.runs < PARALLEL_FROM_RUNS ? 1 : Math.max(1, cores));
  const surfaces = config.surfaces;
  const groups: Surface[][] = Array.from(
    { length: Math.max(1, Math.min(wanted, surfaces.length)) },
    () => [],
  );
  surfaces.forEach((s, i) => {
    groups[i % groups.length]?.push(s);
  });
  return groups;
}
