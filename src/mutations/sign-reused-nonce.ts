/**
 * `sign.reused-nonce`: the same signed request is sent twice — same nonce, same signature; the
 * second answer is judged (the first is legitimate and may change state).
 */
import type { MutationDef } from "./types.ts";

export const signReusedNonce: MutationDef<"sign.reused-nonce"> = {
  kind: "sign.reused-nonce",
  family: "sign",
  changes: "sequence",
  control: { needs: "nothing" },
  refusal: "auth.nonce-reused",
  modes: {
    suite: true,
    pact: true,
    sdk: { cannot: "the SDK draws a fresh nonce for every request: it cannot replay one" },
  },
  perturb: () => ({
    kind: "sign.reused-nonce",
    edits: [],
    signing: "account",
    play: { kind: "resend-signed" },
  }),
};
