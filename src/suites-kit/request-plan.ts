/**
 * What one run of a case sends, decided before anything is sent (pure): the case's parameters
 * filled from the fixture roles plus the drawn optional ones, perturbed as the mutation registry
 * says (`src/mutations/`), signed by the credentials and clock it says, and the earlier call of a
 * client-token reuse. `execute.ts` sends exactly this.
 */
import type { Clock } from "../core/clock.ts";
import type { WireRequest } from "../core/wire.ts";
import { applyEdits, wireTransform } from "../mutations/apply.ts";
import { perturbationOf } from "../mutations/registry.ts";
import { clockFor, credentialsFor } from "../mutations/signing.ts";
import type { Perturbation } from "../mutations/types.ts";
import type { Credentials } from "../surfaces/types.ts";
import type { SuiteCase } from "./cases.ts";
import type { Fixtures } from "./target.ts";

/** The drawn inputs a plan needs (see `RunInput`). */
export interface PlanInput {
  /** Valid optional parameters (never the ones the case's roles fill). */
  extras: Record<string, unknown>;
  /** The client token of a token reuse. */
  token: string;
  /** The choice among equals of the perturbation (`PerturbInput.pick`). */
  pick: number;
}

/** The requests of one run of a case. */
export interface RequestPlan {
  perturbation: Perturbation;
  /** The judged request's parameters (with the client token of a token reuse). */
  params: Record<string, unknown>;
  /** The earlier call of a token reuse (same token), sent before the judged request. */
  earlierParams?: Record<string, unknown>;
  credentials: Credentials;
  /** The clock to sign with, when it is not the real one. */
  clock?: Clock;
  /** The change to the encoded request before signing. */
  transform?: (req: WireRequest) => WireRequest;
}

/**
 * Plan one run of `c`: `filled` are its role-filled parameters, `account` the target's
 * credentials for the surface (and its limited key, where it has one), `now` the time a stale
 * timestamp is counted back from.
 */
export function planRequest(
  c: SuiteCase,
  filled: Record<string, unknown>,
  fixtures: Fixtures,
  input: PlanInput,
  account: Credentials,
  now: number = Date.now(),
  limited?: Credentials,
): RequestPlan {
  const params = { ...input.extras, ...filled };
  const perturbation = perturbationOf({
    surface: c.surface,
    ruleCase: c.ruleCase,
    params,
    roles: fixtures.roles,
    pick: input.pick,
  });
  const judged = applyEdits(params, perturbation.edits);
  const clock = clockFor(perturbation.signing, now);
  const plan: RequestPlan = {
    perturbation,
    params: judged,
    credentials: credentialsFor(perturbation.signing, account, limited),
    ...(clock ? { clock } : {}),
    ...(perturbation.wire ? { transform: wireTransform(perturbation.wire) } : {}),
  };
  const play = perturbation.play;
  if (play.kind === "token-reuse") {
    plan.params = { ...judged, [play.tokenParam]: input.token };
    plan.earlierParams = { ...applyEdits(judged, play.earlier), [play.tokenParam]: input.token };
  }
  return plan;
}
