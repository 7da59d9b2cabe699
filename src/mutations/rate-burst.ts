/**
 * `rate.burst`: more requests within a second than the operation's limit allows — the documented
 * limit, or one set through the control plane where the documents give none.
 */
import type { MutationDef } from "./types.ts";

export const rateBurst: MutationDef<"rate.burst"> = {
  kind: "rate.burst",
  family: "rate",
  changes: "sequence",
  control: {
    needs: "control-plane",
    reason: "provoking throttling needs the documented limit and a control plane; skipped on this target",
  },
  refusal: "rate.throttled",
  modes: { suite: true, pact: true, sdk: true },
  perturb: () => ({ kind: "rate.burst", edits: [], signing: "account", play: { kind: "burst" } }),
};
