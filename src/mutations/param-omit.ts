/**
 * `param.omit`: a required parameter is left out. The named one, else one of the candidates of
 * `omitCandidates` (the ENI parameter first; never a path segment), chosen by the input's pick.
 */
import { omitCandidates } from "./targets.ts";
import type { MutationDef } from "./types.ts";

export const paramOmit: MutationDef<"param.omit"> = {
  kind: "param.omit",
  family: "param",
  changes: "parameters",
  control: { needs: "nothing" },
  refusal: "param.missing",
  modes: { suite: true, pact: true, sdk: true },
  perturb(input) {
    const candidates = omitCandidates(input);
    const param = candidates[input.pick % candidates.length] ?? "";
    return {
      kind: "param.omit",
      edits: [{ param, omit: true }],
      signing: "account",
      play: { kind: "single" },
    };
  },
};
