/**
 * `idempotency.token-reused-in-flight`: the judged request repeats a call with the same client token
 * while that call's task is still running (progress held for a few reads through the control plane).
 */
import { tokenReuse } from "./client-token.ts";
import type { MutationDef } from "./types.ts";

/** How many reads the earlier call's task is held in flight for. */
const IN_FLIGHT_POLLS = 5;

export const idempotencyTokenReusedInFlight: MutationDef<"idempotency.token-reused-in-flight"> = {
  kind: "idempotency.token-reused-in-flight",
  family: "idempotency",
  changes: "sequence",
  control: {
    needs: "control-plane",
    reason: "holding a task in flight needs the control plane (slow progress); skipped on this target",
  },
  modes: { suite: true, pact: true, sdk: true },
  perturb: (input) => tokenReuse(input, "in-flight", [], { state: "in-flight", polls: IN_FLIGHT_POLLS }),
};
