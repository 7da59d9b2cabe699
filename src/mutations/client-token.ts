/**
 * The client-token reuses (Tencent API 3.0 `ClientToken`): the judged request carries the token of
 * an earlier call of the same operation, which had the same or other parameters and has completed
 * or is still in flight. The three idempotency kinds are built here.
 */
import { schemaFile } from "../contracts/json-schema.ts";
import { readJson } from "../contracts/surfaces.ts";
import { SuiteError } from "../core/errors.ts";
import { instanceParam } from "./targets.ts";
import type { EarlierCall, ParamEdit, Perturbation, PerturbInput } from "./types.ts";

/** The client-token parameter of an operation, from its request schema. */
function tokenParamOf(input: Pick<PerturbInput, "surface" | "ruleCase">): string {
  const { surface, ruleCase } = input;
  const root = readJson(schemaFile(surface, ruleCase.operation, "request")) as Record<string, unknown>;
  const ref = String(root.$ref ?? "").replace("#/$defs/", "");
  const defs = (root.$defs ?? {}) as Record<string, Record<string, unknown>>;
  const schema = defs[ref] ?? root;
  const name = Object.keys((schema.properties ?? {}) as object).find((p) => /^clienttoken$/i.test(p));
  if (name === undefined)
    throw new SuiteError("ENIC_CONFIG", `${surface} ${ruleCase.operation} has no client token parameter`);
  return name;
}

/**
 * How the earlier call of an `other-params` reuse differs: its instance (the destination one of a
 * migration) is `instance.stopped`; where the request names no instance or the fixtures have no
 * stopped one, it sends `AttachType: 1` instead.
 */
export function otherParams(input: PerturbInput): ParamEdit[] {
  const param = instanceParam(input.ruleCase.given);
  const other = input.roles["instance.stopped"];
  return param !== undefined && other !== undefined
    ? [{ param, value: other }]
    : [{ param: "AttachType", value: 1 }];
}

/** The perturbation of a token reuse. */
export function tokenReuse(
  input: PerturbInput,
  variant: "same-params" | "other-params" | "in-flight",
  earlier: ParamEdit[],
  before: EarlierCall,
): Perturbation {
  return {
    kind: `idempotency.token-reused-${variant}`,
    edits: [],
    signing: "account",
    play: { kind: "token-reuse", variant, tokenParam: tokenParamOf(input), earlier, before },
  };
}
