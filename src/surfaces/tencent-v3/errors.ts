/**
 * Tencent Cloud API 3.0 error table: the spec's error rows (all answered with HTTP 200 inside
 * `Response.Error`, protocols.md §2.3) plus the mapping of neutral refusals to Tencent's own codes.
 */
import { createSurfaceErrors, type NeutralMap } from "../shared/error-table.ts";

/** A common parameter carried in an `X-TC-*` header (Action, Version, Region, Timestamp, Language). */
function isHeaderParam(param: string | undefined): boolean {
  return param?.toLowerCase().startsWith("x-tc-") ?? false;
}

/**
 * Neutral refusal → error row. Authorization problems follow protocols.md §5 (missing or malformed
 * → AuthFailure.InvalidAuthorization, whose row covers both); parameter problems follow the rules
 * param.required, param.id-format, param.type and param.no-unknown (first error row of each). A bad
 * value of a common `X-TC-*` header gets the generic InvalidParameterValue (Tencent answers a wrong
 * version with NoSuchVersion, which is not a row of the spec). A well-formed region the cloud does
 * not have is the common UnsupportedRegion (UNCERTAIN: the common list says "region not supported by
 * the action"; no page says what a region that does not exist at all gets). A caller whose CAM policy
 * does not allow the action is the common AuthFailure.UnauthorizedOperation (UNCERTAIN: the list also
 * has UnauthorizedOperation, which DescribeVpcTaskResult documents; protocols.md §2.3).
 */
const NEUTRAL: NeutralMap = {
  "auth.missing": "tencent-v3/AuthFailure.InvalidAuthorization",
  "auth.malformed": "tencent-v3/AuthFailure.InvalidAuthorization",
  "auth.bad-signature": "tencent-v3/AuthFailure.SignatureFailure",
  "auth.unknown-key": "tencent-v3/AuthFailure.SecretIdNotFound",
  "auth.expired": "tencent-v3/AuthFailure.SignatureExpire",
  // TC3 has no nonce, so this is never produced; the nearest Tencent code for a replay is the expiry one.
  "auth.nonce-reused": "tencent-v3/AuthFailure.SignatureExpire",
  "auth.forbidden": "tencent-v3/AuthFailure.UnauthorizedOperation",
  // Undecodable bodies: no dedicated row (Tencent's InvalidRequest is for bad multipart bodies).
  "request.malformed": "tencent-v3/InvalidParameter",
  "param.missing": "tencent-v3/MissingParameter",
  "param.malformed": (param) =>
    isHeaderParam(param) ? "tencent-v3/InvalidParameterValue" : "002/InvalidParameterValue.Malformed",
  "param.invalid": (param) =>
    isHeaderParam(param) ? "tencent-v3/InvalidParameterValue" : "tencent-v3/InvalidParameter",
  "param.unknown": "tencent-v3/UnknownParameter",
  "action.unknown": "tencent-v3/InvalidAction",
  "region.unknown": "tencent-v3/UnsupportedRegion",
  // rate-limit.100-per-second lists the VPC code first, the gateway's RequestLimitExceeded second.
  "rate.throttled": "002/LimitExceeded.ActionLimited",
  internal: "tencent-v3/InternalError",
  // No ServiceUnavailable row in the spec; InternalError is the closest documented answer.
  unavailable: "tencent-v3/InternalError",
};

/**
 * Retryable answers: the gateway's RequestLimitExceeded family (the SDKs' retry list, protocols.md
 * §2.3), the VPC frequency limit LimitExceeded.ActionLimited (§2.6), the internal error (Tencent
 * answers it with HTTP 200, so the status alone does not show it is transient), and any 5xx status.
 */
function isRetryable(code: string, status: number): boolean {
  return (
    status >= 500 ||
    code === "LimitExceeded.ActionLimited" ||
    code === "InternalError" ||
    /^RequestLimitExceeded(\.|$)/.test(code)
  );
}

/** The tencent-v3 error table. */
export const errors = createSurfaceErrors("tencent-v3", NEUTRAL, isRetryable);
