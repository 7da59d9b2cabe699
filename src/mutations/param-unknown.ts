/** `param.unknown`: the request carries a parameter the operation does not document. */
import type { MutationDef } from "./types.ts";

/** The undocumented parameter sent. */
const UNKNOWN_PARAM = "UndocumentedParameter";

export const paramUnknown: MutationDef<"param.unknown"> = {
  kind: "param.unknown",
  family: "param",
  changes: "parameters",
  control: { needs: "nothing" },
  refusal: "param.unknown",
  modes: { suite: true, pact: true, sdk: true },
  perturb: () => ({
    kind: "param.unknown",
    edits: [{ param: UNKNOWN_PARAM, value: "1" }],
    signing: "account",
    play: { kind: "single" },
  }),
};
