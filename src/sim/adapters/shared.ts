/**
 * Small helpers every simulator adapter uses: turning a model outcome into an adapter outcome, and
 * the attach time the describe operations show.
 */
import type { Outcome } from "../../model/transitions.ts";
import type { Eni } from "../../model/world.ts";
import type { SimCall, SimOutcome } from "../adapter.ts";

/** A transition's outcome as an adapter outcome: the surface's error for the broken rule, or `result`. */
export function outcomeOf(call: SimCall, outcome: Outcome, result: Record<string, unknown>): SimOutcome {
  if (!outcome.ok) return { error: call.refuse(outcome.refusal.rule, outcome.refusal.message) };
  return { result, taskId: outcome.task.id };
}

/** When the ENI's current attachment started, `YYYY-MM-DD hh:mm:ss` UTC (the seed's are at epoch). */
export function attachTime(eni: Eni): string {
  return new Date(eni.attachment?.since ?? 0).toISOString().replace("T", " ").slice(0, 19);
}
