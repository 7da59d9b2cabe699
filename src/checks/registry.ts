/**
 * The typed registry of checks: id → check. The id, the file name and the config key are the same
 * kebab-case string (Schemathesis' checks registry).
 */
import { asyncFinal } from "./async-final.ts";
import { documentedCode } from "./documented-code.ts";
import { envelope } from "./envelope.ts";
import { expectedCode } from "./expected-code.ts";
import { httpStatus } from "./http-status.ts";
import { positiveAcceptance } from "./positive-acceptance.ts";
import { readbackFields } from "./readback-fields.ts";
import { authRejection, negativeDataRejection, ruleRejection } from "./rejection.ts";
import { requestId } from "./request-id.ts";
import { responseSchema } from "./response-schema.ts";
import { stateAfter } from "./state-after.ts";
import type { Check, CheckContext, Finding } from "./types.ts";

/** Every check, by id. */
export const CHECKS = {
  envelope,
  "response-schema": responseSchema,
  "http-status": httpStatus,
  "expected-code": expectedCode,
  "documented-code": documentedCode,
  "request-id": requestId,
  "auth-rejection": authRejection,
  "negative-data-rejection": negativeDataRejection,
  "rule-rejection": ruleRejection,
  "positive-acceptance": positiveAcceptance,
  "async-final": asyncFinal,
  "state-after": stateAfter,
  "readback-fields": readbackFields,
} as const satisfies Record<string, Check>;

/** A check id. */
export type CheckId = keyof typeof CHECKS;

/** Run the checks (all, or the ones named) over one case. */
export function runChecks(ctx: CheckContext, only?: readonly CheckId[]): Finding[];
/** Run the checks of another registry than `CHECKS`: a test rehearsing a new check (recipe-add-check.test.ts). */
export function runChecks<Id extends string>(
  ctx: CheckContext,
  only: readonly Id[] | undefined,
  registry: Readonly<Record<Id, Check>>,
): Finding[];
export function runChecks(
  ctx: CheckContext,
  only?: readonly string[],
  registry: Readonly<Record<string, Check>> = CHECKS,
): Finding[] {
  const ids = only ?? Object.keys(registry);
  return ids.flatMap((id) => (registry[id] as Check)(ctx)); // the signatures admit only ids of the registry
}
