/**
 * The typed registry of request mutations: kind → definition. The kind, the file name (in
 * kebab-case) and the catalogue's `mutate.kind` are the same string. The conformance suites, pact
 * generation and SDK mode all get a case's perturbation from here (`perturbationOf`).
 */
import { actionUnknown } from "./action-unknown.ts";
import { UNPERTURBED } from "./apply.ts";
import { idempotencyTokenReusedInFlight } from "./idempotency-token-reused-in-flight.ts";
import { idempotencyTokenReusedOtherParams } from "./idempotency-token-reused-other-params.ts";
import { idempotencyTokenReusedSameParams } from "./idempotency-token-reused-same-params.ts";
import { paramMalformed } from "./param-malformed.ts";
import { paramOmit } from "./param-omit.ts";
import { paramUnknown } from "./param-unknown.ts";
import { paramWrongType } from "./param-wrong-type.ts";
import { rateBurst } from "./rate-burst.ts";
import { signBadSignature } from "./sign-bad-signature.ts";
import { signExpiredTimestamp } from "./sign-expired-timestamp.ts";
import { signLimitedKey } from "./sign-limited-key.ts";
import { signReusedNonce } from "./sign-reused-nonce.ts";
import { signUnknownKey } from "./sign-unknown-key.ts";
import type { Mode, MutationDef, MutationKind, Perturbation, PerturbInput } from "./types.ts";

/** Every mutation, by kind. */
export const MUTATIONS = {
  "param.omit": paramOmit,
  "param.malformed": paramMalformed,
  "param.wrong-type": paramWrongType,
  "param.unknown": paramUnknown,
  "action.unknown": actionUnknown,
  "sign.bad-signature": signBadSignature,
  "sign.unknown-key": signUnknownKey,
  "sign.expired-timestamp": signExpiredTimestamp,
  "sign.reused-nonce": signReusedNonce,
  "sign.limited-key": signLimitedKey,
  "rate.burst": rateBurst,
  "idempotency.token-reused-same-params": idempotencyTokenReusedSameParams,
  "idempotency.token-reused-other-params": idempotencyTokenReusedOtherParams,
  "idempotency.token-reused-in-flight": idempotencyTokenReusedInFlight,
} as const satisfies { [K in MutationKind]: MutationDef<K> };

/** The perturbation of a case's request (the identity for a case without `mutate`). */
export function perturbationOf(input: PerturbInput): Perturbation {
  const kind = input.ruleCase.mutate?.kind;
  return kind === undefined ? UNPERTURBED : MUTATIONS[kind].perturb(input);
}

/** Why `mode` cannot send a case with this mutation, or undefined when it can. */
export function cannotExpress(kind: MutationKind | undefined, mode: Mode): string | undefined {
  if (kind === undefined) return undefined;
  const expressible = MUTATIONS[kind].modes[mode];
  return expressible === true ? undefined : expressible.cannot;
}

/** Why a case with this mutation needs a control plane (skipped on a target without one), if it does. */
export function controlPlaneReason(kind: MutationKind | undefined): string | undefined {
  if (kind === undefined) return undefined;
  const control = MUTATIONS[kind].control;
  return control.needs === "control-plane" ? control.reason : undefined;
}

/** Why a case with this mutation needs the account's limited key (skipped on a target without one), if it does. */
export function limitedKeyReason(kind: MutationKind | undefined): string | undefined {
  if (kind === undefined) return undefined;
  const control = MUTATIONS[kind].control;
  return control.needs === "limited-key" ? control.reason : undefined;
}
