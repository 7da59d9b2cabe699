/** `sign.expired-timestamp`: the request is signed with a timestamp two hours old. */
import type { MutationDef } from "./types.ts";

export const signExpiredTimestamp: MutationDef<"sign.expired-timestamp"> = {
  kind: "sign.expired-timestamp",
  family: "sign",
  changes: "signing",
  control: { needs: "nothing" },
  refusal: "auth.expired",
  modes: {
    suite: true,
    pact: true,
    sdk: {
      cannot: "the SDK signs with the current time itself: it cannot send a request with a stale timestamp",
    },
  },
  perturb: () => ({
    kind: "sign.expired-timestamp",
    edits: [],
    signing: "stale-timestamp",
    play: { kind: "single" },
  }),
};
