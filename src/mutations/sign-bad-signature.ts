/** `sign.bad-signature`: the request is signed with a secret that is not the account's. */
import type { MutationDef } from "./types.ts";

export const signBadSignature: MutationDef<"sign.bad-signature"> = {
  kind: "sign.bad-signature",
  family: "sign",
  changes: "signing",
  control: { needs: "nothing" },
  refusal: "auth.bad-signature",
  modes: { suite: true, pact: true, sdk: true },
  perturb: () => ({
    kind: "sign.bad-signature",
    edits: [],
    signing: "wrong-secret",
    play: { kind: "single" },
  }),
};
