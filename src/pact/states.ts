/**
 * Provider states of the generated pacts, derived from a case's `given` fixture roles
 * (specs/README.md) and its perturbation (the mutation registry, src/mutations/). A state's name says the precondition in words, with
 * `${Param}` placeholders for the values the provider injects (pact's provider-state injected
 * values); its params say how to reach it: which fixture role fills which request parameter, or
 * which earlier call, signing mode or exhausted rate limit the interaction needs.
 */
import type { RuleCase } from "../contracts/model.ts";
import { controlPlaneReason, limitedKeyReason } from "../mutations/registry.ts";
import type { MutationKind, Perturbation, Signing } from "../mutations/types.ts";

/** One provider state of an interaction, as written into the pact. */
export interface ProviderState {
  name: string;
  params: StateParams;
}

/** What a provider has to set up for a state. */
export type StateParams =
  /** Fixture roles filling request parameters: the provider answers `{param: id}`. */
  | { roles: Record<string, string> }
  /** The consumer signs the request in a particular (wrong) way; nothing on the provider changes. */
  | { signing: "wrong-secret" | "unknown-key" | "stale-timestamp" | "limited-key" | "replayed-nonce" }
  /** The operation's rate limit is used up for the current second. */
  | { rateExhausted: string; given: Record<string, string> }
  /** An earlier call with client token `${tokenParam}` (same or other parameters, done or in flight). */
  | {
      clientToken: "same-params" | "other-params" | "in-flight";
      operation: string;
      tokenParam: string;
      given: Record<string, string>;
    };

/** The sentence of each fixture role; `$` stands for the injected parameter. */
const ROLE_SENTENCES: Record<string, string> = {
  "eni.available": "ENI $ exists and is attached to no instance",
  "eni.attached": "ENI $ is attached to another instance as a secondary ENI",
  "eni.primary": "ENI $ is the primary ENI of a running instance",
  "eni.no-security-group": "ENI $ belongs to no security group",
  "eni.eip-other-zone": "ENI $ has an elastic IP of another availability zone",
  "eni.eip-all-zones": "ENI $ has an elastic IP valid in every availability zone",
  "eni.missing": "no ENI has the id $",
  "instance.running": "instance $ is running",
  "instance.stopped": "instance $ is stopped",
  "instance.pending": "instance $ is pending (neither running nor stopped)",
  "instance.busy": "instance $ has a task in progress",
  "instance.holder": "instance $ holds a secondary ENI",
  "instance.other-zone": "instance $ is in another availability zone than the ENIs",
  "instance.other-vpc": "instance $ is in another VPC than the ENIs",
  "instance.at-eni-limit": "instance $ has as many ENIs as its type allows",
  "instance.stopped-only-type": "instance $ is running and of a type that takes ENIs only when stopped",
  "instance.no-eni-support": "instance $ is of a family that does not support ENIs",
  "instance.missing": "no instance has the id $",
  "vpc.main": "VPC $ holds the ENIs and instances",
  "vpc.other": "VPC $ is another VPC of the account",
  "vpc.missing": "no VPC has the id $",
  "region.main": "the resources are in region $",
  "region.unknown": "no region has the id $",
  "task.missing": "no task has the id $",
};

/** Pairs of roles that read better as one precondition (the ENI and the instance it relates to). */
const PAIRS: { eni: string; instance: string; sentence: string }[] = [
  { eni: "eni.attached", instance: "instance.holder", sentence: "ENI $1 is attached to instance $2" },
  {
    eni: "eni.primary",
    instance: "instance.running",
    sentence: "ENI $1 is the primary ENI of instance $2",
  },
];

const placeholder = (param: string) => `\${${param}}`;

/** The provider states of one fixture-role filling (`given`: request parameter → role). */
export function roleStates(given: Record<string, string>): ProviderState[] {
  const entries = Object.entries(given);
  const used = new Set<string>();
  const out: ProviderState[] = [];
  for (const pair of PAIRS) {
    const eni = entries.find(([, role]) => role === pair.eni);
    const instance = entries.find(([, role]) => role === pair.instance);
    if (!eni || !instance) continue;
    used.add(eni[0]);
    used.add(instance[0]);
    out.push({
      name: pair.sentence.replace("$1", placeholder(eni[0])).replace("$2", placeholder(instance[0])),
      params: { roles: { [eni[0]]: eni[1], [instance[0]]: instance[1] } },
    });
  }
  for (const [param, role] of entries) {
    if (used.has(param)) continue;
    const sentence = ROLE_SENTENCES[role];
    if (sentence === undefined) throw new Error(`no provider state sentence for fixture role ${role}`);
    out.push({ name: sentence.replace("$", placeholder(param)), params: { roles: { [param]: role } } });
  }
  return out;
}

/** The sentence of each signing state. */
const SIGNING_SENTENCES: Record<Exclude<Signing, "account">, string> = {
  "wrong-secret": "the request is signed with a secret that is not the account's",
  "unknown-key": "the request is signed with an access key the provider does not know",
  "stale-timestamp": "the request is signed with a timestamp two hours old",
  "limited-key": "the request is signed by a second key of the account whose policy does not allow the call",
};

/** How each client-token reuse describes its earlier call. */
const REUSE_SENTENCES = {
  "same-params": "the same parameters, which completed",
  "other-params": "other parameters",
  "in-flight": "the same parameters, which is still in progress",
} as const;

/**
 * The provider state a case's perturbation (`src/mutations/`) needs, if any: its signing, a resent
 * request, an exhausted rate limit or an earlier call with the same client token. Parameter and
 * wire perturbations need none (they are in the request itself).
 */
export function mutationState(
  perturbation: Perturbation,
  rc: Pick<RuleCase, "operation" | "given">,
  action: string,
): ProviderState | undefined {
  const signing = perturbation.signing;
  if (signing !== "account") return { name: SIGNING_SENTENCES[signing], params: { signing } };
  const play = perturbation.play;
  switch (play.kind) {
    case "single":
      return undefined;
    case "resend-signed":
      return {
        name: "an identical request with the same nonce was sent just before",
        params: { signing: "replayed-nonce" },
      };
    case "burst":
      return {
        name: `the rate limit of ${action} is used up for the current second`,
        params: { rateExhausted: rc.operation, given: rc.given },
      };
    case "token-reuse": {
      const { variant, tokenParam } = play;
      return {
        name: `client token ${placeholder(tokenParam)} was used by an earlier ${action} call with ${REUSE_SENTENCES[variant]}`,
        params: { clientToken: variant, operation: rc.operation, tokenParam, given: rc.given },
      };
    }
  }
}

/** The mutation whose perturbation a state stands for (undefined for a fixture-role state). */
function stateMutation(state: ProviderState): MutationKind | undefined {
  const p = state.params;
  if ("signing" in p) return SIGNING_KINDS[p.signing];
  if ("rateExhausted" in p) return "rate.burst";
  if ("clientToken" in p) return `idempotency.token-reused-${p.clientToken}`;
  return undefined;
}

const SIGNING_KINDS = {
  "wrong-secret": "sign.bad-signature",
  "unknown-key": "sign.unknown-key",
  "stale-timestamp": "sign.expired-timestamp",
  "replayed-nonce": "sign.reused-nonce",
  "limited-key": "sign.limited-key",
} as const satisfies Record<string, MutationKind>;

/**
 * True when the state needs the provider's control plane (it cannot be reached by requests alone):
 * the mutation registry says so of its mutation.
 */
export function needsControl(state: ProviderState): boolean {
  return controlPlaneReason(stateMutation(state)) !== undefined;
}

/**
 * Why the state needs the account's limited key (a second key whose policy does not grant the
 * call), if it does: the mutation registry says so of its mutation.
 */
export function limitedKeyNeed(state: ProviderState): string | undefined {
  return limitedKeyReason(stateMutation(state));
}

/** True when setting the state up changes the provider's world (an earlier state-changing call). */
export function setupMutates(state: ProviderState): boolean {
  const p = state.params;
  return "clientToken" in p || ("signing" in p && p.signing === "replayed-nonce");
}
