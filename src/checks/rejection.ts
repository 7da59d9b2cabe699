/**
 * The rejection checks: a request the documents refuse must not succeed.
 * - `auth-rejection`: a bad signature, unknown key, expired timestamp or reused nonce never succeeds,
 *   nor does a call by a key whose policy does not grant the operation.
 * - `negative-data-rejection`: a missing, malformed, mistyped or unknown parameter, or an unknown
 *   action, is refused.
 * - `rule-rejection`: a request that breaks a documented rule is refused.
 */
import { both, expectsError, guard, isSuccess, mutatedWith } from "./guards.ts";
import type { Check, CheckContext } from "./types.ts";

/** The mutations whose wrongful acceptance `auth-rejection` reports (their refusals are `auth.*`). */
export const AUTH = [
  "sign.bad-signature",
  "sign.unknown-key",
  "sign.expired-timestamp",
  "sign.reused-nonce",
  "sign.limited-key",
] as const;
/** The mutations whose wrongful acceptance `negative-data-rejection` reports (`param.*`, `action.unknown`). */
export const NEGATIVE = [
  "param.omit",
  "param.malformed",
  "param.wrong-type",
  "param.unknown",
  "action.unknown",
] as const;

const accepted = (check: string, what: string) => (ctx: CheckContext) => [
  { check, message: `${what} was accepted; the documents refuse it`, rule: ctx.rule },
];

export const authRejection: Check = guard(both(mutatedWith(...AUTH), isSuccess), (ctx) =>
  accepted("auth-rejection", `a request with ${ctx.ruleCase.mutate?.kind}`)(ctx),
);

export const negativeDataRejection: Check = guard(both(mutatedWith(...NEGATIVE), isSuccess), (ctx) =>
  accepted("negative-data-rejection", `a request with ${ctx.ruleCase.mutate?.kind}`)(ctx),
);

export const ruleRejection: Check = guard(
  (ctx) => both(expectsError, isSuccess)(ctx) && !mutatedWith(...AUTH, ...NEGATIVE)(ctx),
  (ctx) => accepted("rule-rejection", `a request breaking ${ctx.rule}`)(ctx),
);
