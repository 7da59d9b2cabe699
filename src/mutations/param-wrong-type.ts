/**
 * `param.wrong-type`: a value of another JSON type than the parameter's schema — a string where a
 * boolean or number belongs (also for a parameter the request does not carry yet), else a number.
 */
import { targetParam } from "./targets.ts";
import type { MutationDef } from "./types.ts";

/** A value of another type than `value`'s. */
function wrongType(value: unknown): unknown {
  if (typeof value === "boolean" || typeof value === "number") return "not-a-value";
  return 12345;
}

export const paramWrongType: MutationDef<"param.wrong-type"> = {
  kind: "param.wrong-type",
  family: "param",
  changes: "parameters",
  control: { needs: "nothing" },
  refusal: "param.invalid",
  modes: { suite: true, pact: true, sdk: true },
  perturb(input) {
    const param = targetParam(input);
    return {
      kind: "param.wrong-type",
      edits: [{ param, value: wrongType(input.params[param] ?? true) }],
      signing: "account",
      play: { kind: "single" },
    };
  },
};
