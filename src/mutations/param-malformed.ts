/**
 * `param.malformed`: an id that breaks its documented format — the fixture id plus "!" in the named
 * parameter, else in the ENI parameter (`targetParam`).
 */
import { targetParam } from "./targets.ts";
import type { MutationDef } from "./types.ts";

export const paramMalformed: MutationDef<"param.malformed"> = {
  kind: "param.malformed",
  family: "param",
  changes: "parameters",
  control: { needs: "nothing" },
  refusal: "param.malformed",
  modes: { suite: true, pact: true, sdk: true },
  perturb(input) {
    const param = targetParam(input);
    const edit = input.params[param] === undefined ? { param, value: "x!" } : { param, suffix: "!" };
    return { kind: "param.malformed", edits: [edit], signing: "account", play: { kind: "single" } };
  },
};
