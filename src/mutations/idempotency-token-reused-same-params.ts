/**
 * `idempotency.token-reused-same-params`: the judged request repeats a completed call with the same
 * client token and the same parameters (the same outcome is expected again).
 */
import { tokenReuse } from "./client-token.ts";
import type { MutationDef } from "./types.ts";

export const idempotencyTokenReusedSameParams: MutationDef<"idempotency.token-reused-same-params"> = {
  kind: "idempotency.token-reused-same-params",
  family: "idempotency",
  changes: "sequence",
  control: { needs: "nothing" },
  modes: { suite: true, pact: true, sdk: true },
  perturb: (input) => tokenReuse(input, "same-params", [], { state: "completed" }),
};
