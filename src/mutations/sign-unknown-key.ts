/** `sign.unknown-key`: the request is signed with an access key id the target does not know. */
import type { MutationDef } from "./types.ts";

export const signUnknownKey: MutationDef<"sign.unknown-key"> = {
  kind: "sign.unknown-key",
  family: "sign",
  changes: "signing",
  control: { needs: "nothing" },
  refusal: "auth.unknown-key",
  modes: { suite: true, pact: true, sdk: true },
  perturb: () => ({ kind: "sign.unknown-key", edits: [], signing: "unknown-key", play: { kind: "single" } }),
};
