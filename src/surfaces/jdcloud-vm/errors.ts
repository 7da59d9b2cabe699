/**
 * JD Cloud VM's error table (from specs/jdcloud-vm.openapi.yaml) and the codes it answers neutral
 * refusals with. JD's VM pages list only HTTP statuses for these cases; the status strings come from
 * the gateway's canonical table (protocols §4.3), and the spec marks each common row `x-uncertain`
 * (F-044 to F-048).
 */
import type { NeutralMap } from "../shared/error-table.ts";
import { createSurfaceErrors } from "../shared/error-table.ts";

/**
 * Neutral refusal → error row.
 * - Authentication (F-044, F-045): a missing, malformed, stale or wrongly signed request is the
 *   gateway's UNAUTHENTICATED 401 (its table: "auth/signature failure"; APIGW_LACK_PARAMS and
 *   APIGW_SIGN_RESULT_NOT_SAME are 401 too; the VM pages list "401 Authentication failed"). An
 *   unknown access key is HTTP_FORBIDDEN 403: the only live observation, jdcloud-sdk-go
 *   `demo/exception_test.go`, got `error.code` 403 for an empty (so unknown) key. Rules
 *   auth.signature-valid and auth.key-known accept either row.
 * - A replayed nonce is APIGW_NONCE_CONFLICT 403 (F-046).
 * - Undecodable requests and every parameter problem are INVALID_ARGUMENT 400 (rules
 *   param.required, param.type and param.id-format name it first; F-048).
 * - An unknown path or verb is the common NOT_FOUND 404 (rule action.known).
 * - A caller whose IAM policy does not allow the action is HTTP_FORBIDDEN 403: JD's IAM page on
 *   sub-user access to OpenAPI says such calls answer 403 HTTP_FORBIDDEN "No permission". UNCERTAIN:
 *   the same row answers an unknown key, so only the message tells the two apart; 004's
 *   FAILED_PRECONDITION "No NetworkInterface permissions." is about the ENI named, not the action.
 * - A regionId that names no region is INVALID_ARGUMENT 400. UNCERTAIN: no JD page documents it.
 */
const neutral: NeutralMap = {
  "auth.missing": "jdcloud-vm/UNAUTHENTICATED",
  "auth.malformed": "jdcloud-vm/UNAUTHENTICATED",
  "auth.bad-signature": "jdcloud-vm/UNAUTHENTICATED",
  "auth.expired": "jdcloud-vm/UNAUTHENTICATED",
  "auth.unknown-key": "jdcloud-vm/HTTP_FORBIDDEN",
  "auth.nonce-reused": "jdcloud-vm/APIGW_NONCE_CONFLICT",
  "auth.forbidden": "jdcloud-vm/HTTP_FORBIDDEN",
  "request.malformed": "jdcloud-vm/INVALID_ARGUMENT",
  "param.missing": "jdcloud-vm/INVALID_ARGUMENT",
  "param.malformed": "jdcloud-vm/INVALID_ARGUMENT",
  "param.invalid": "jdcloud-vm/INVALID_ARGUMENT",
  "param.unknown": "jdcloud-vm/INVALID_ARGUMENT",
  "action.unknown": "jdcloud-vm/NOT_FOUND",
  "region.unknown": "jdcloud-vm/INVALID_ARGUMENT",
  "rate.throttled": "jdcloud-vm/RATE_LIMIT_EXCEEDED",
  internal: "jdcloud-vm/INTERNAL",
  unavailable: "jdcloud-vm/UNAVAILABLE",
};

/**
 * Retry on throttling (RATE_LIMIT_EXCEEDED, HTTP 429; F-047) and on server faults (5xx: INTERNAL,
 * UNKNOWN and UNAVAILABLE all say "retry later"), except 501 NOT_IMPLEMENTED, which will not change.
 */
function retryable(code: string, status: number): boolean {
  return code === "RATE_LIMIT_EXCEEDED" || status === 429 || (status >= 500 && status !== 501);
}

/** The error table of jdcloud-vm, with its rows (for messages) and the neutral mapping. */
export const errors = createSurfaceErrors("jdcloud-vm", neutral, retryable);
