/**
 * `sign.limited-key`: the request is signed by a second key of the same account whose permission
 * policy (RAM, CAM or IAM) does not grant the operation — the caller is authenticated, and the
 * account's resources are the fixtures, but the call is not allowed. A target that has no such key
 * configured skips the case, saying how to give one.
 */
import type { MutationDef } from "./types.ts";

export const signLimitedKey: MutationDef<"sign.limited-key"> = {
  kind: "sign.limited-key",
  family: "sign",
  changes: "signing",
  control: {
    needs: "limited-key",
    reason:
      "needs a second key of the account whose policy does not grant the operation: pass --limited-account KEYID:SECRET or name its variables in the config file's limitedAccounts",
  },
  refusal: "auth.forbidden",
  modes: { suite: true, pact: true, sdk: true },
  perturb: () => ({ kind: "sign.limited-key", edits: [], signing: "limited-key", play: { kind: "single" } }),
};
