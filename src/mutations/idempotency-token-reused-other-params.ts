/**
 * `idempotency.token-reused-other-params`: the judged request carries the client token of an earlier
 * call with other parameters (`otherParams`: another instance).
 */
import { otherParams, tokenReuse } from "./client-token.ts";
import type { MutationDef } from "./types.ts";

export const idempotencyTokenReusedOtherParams: MutationDef<"idempotency.token-reused-other-params"> = {
  kind: "idempotency.token-reused-other-params",
  family: "idempotency",
  changes: "sequence",
  control: { needs: "nothing" },
  modes: { suite: true, pact: true, sdk: true },
  perturb: (input) => tokenReuse(input, "other-params", otherParams(input), { state: "answered" }),
};
