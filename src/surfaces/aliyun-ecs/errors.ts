/**
 * The ECS error table (rows of specs/aliyun-ecs.openapi.yaml) and the codes ECS answers neutral
 * refusals with. Each choice names the spec rule whose case expects it; where the spec offers
 * several rows for one situation the first row of the rule's case is used.
 */
import type { WireResponse } from "../../core/wire.ts";
import { createSurfaceErrors, type NeutralMap } from "../shared/error-table.ts";
import { retryAfterSeconds } from "../shared/wire-hints.ts";

/**
 * A malformed parameter is refused by parameter (rule param.id-format): a malformed InstanceId with
 * InvalidInstanceID.Malformed, a malformed ENI id (also `NetworkInterfaceId.N` and the trunk ENI id)
 * with InvalidParams.EniId, a malformed RegionId with InvalidOperation.InvalidRegion (rule
 * region.valid, "The specified RegionId is invalid"), anything else with InvalidParameter.
 */
function malformedRow(param: string | undefined): string {
  if (param === "InstanceId") return "003/InvalidInstanceID.Malformed";
  if (
    param === "NetworkInterfaceId" ||
    param === "TrunkNetworkInstanceId" ||
    /^NetworkInterfaceId\.\d+$/.test(param ?? "")
  )
    return "003/InvalidParams.EniId";
  if (param === "RegionId") return "003/InvalidOperation.InvalidRegion";
  return "003/InvalidParameter";
}

/**
 * Neutral refusal → error row. Auth choices (common rows, protocols.md §3.4):
 * - missing and malformed signature fields (no Signature/AccessKeyId/nonce/timestamp, an Authorization
 *   header that does not parse, an x-acs-* header left unsigned, a bad SignatureMethod or time format)
 *   → IncompleteSignature (400), "the signature fields of the request are incomplete". The gateway also
 *   has InvalidSignatureMethod and InvalidTimeStamp.Format for two of these, but the spec has no rows
 *   for them, and the auth.signature-valid rule names IncompleteSignature.
 * - a signature that does not match → SignatureDoesNotMatch (400; F-022: older documents say 403).
 * - an unknown key → InvalidAccessKeyId.NotFound (404; F-022: older documents say 400).
 * - skew beyond 15 minutes → InvalidTimeStamp.Expired; a reused nonce → SignatureNonceUsed.
 * Parameter choices follow the param.* rules: a missing parameter → MissingParameter (param.required,
 * first row; F-024: the gateway may say Missing{Name} instead), an undefined one → UnsupportedParameter,
 * a wrong type or value → InvalidParameter. Undecodable input (bad percent-encoding, a body that is
 * not a form, a method other than GET/POST) has no row of its own; it is answered InvalidParameter.
 * A region that does not exist is 003's InvalidOperation.InvalidRegion (row 9, the first row of rule
 * region.valid). A caller whose RAM policy does not allow the action is 003's Forbidden.SubUser
 * (row 6, "not authorized ... contact the account owner"); UNCERTAIN: 003 also lists
 * Forbidden.NotSupportRAM (row 4, RAM users may not call the operation at all), and ECS's 2025
 * announcement on RAM checks of its operations names Forbidden.RAM (403), which 003 does not list.
 */
const neutral: NeutralMap = {
  "auth.missing": "aliyun-ecs/IncompleteSignature",
  "auth.malformed": "aliyun-ecs/IncompleteSignature",
  "auth.bad-signature": "aliyun-ecs/SignatureDoesNotMatch",
  "auth.unknown-key": "aliyun-ecs/InvalidAccessKeyId.NotFound",
  "auth.expired": "aliyun-ecs/InvalidTimeStamp.Expired",
  "auth.nonce-reused": "aliyun-ecs/SignatureNonceUsed",
  "auth.forbidden": "003/Forbidden.SubUser",
  "request.malformed": "003/InvalidParameter",
  "param.missing": "003/MissingParameter",
  "param.malformed": malformedRow,
  "param.invalid": "003/InvalidParameter",
  "param.unknown": "003/UnsupportedParameter",
  "action.unknown": "aliyun-ecs/InvalidApi.NotFound",
  "region.unknown": "003/InvalidOperation.InvalidRegion",
  "rate.throttled": "aliyun-ecs/Throttling.User",
  internal: "aliyun-ecs/InternalError",
  unavailable: "aliyun-ecs/ServiceUnavailable",
};

/**
 * Retry after throttling (every code containing `Throttling`, which openapi-core turns into a
 * ThrottlingError, sdk-clients.md §3) and after 5xx (InternalError, ServiceUnavailable: protocols.md
 * §3.7 "retry only on 500 InternalError, 503 ServiceUnavailable, or no response").
 */
function retryable(code: string, status: number): boolean {
  return code.includes("Throttling") || status >= 500;
}

/** The ECS error table and neutral mapping. */
export const errors = createSurfaceErrors("aliyun-ecs", neutral, retryable);

/**
 * The server's retry hint, ms: ECS's own `x-acs-retry-after` (milliseconds), else the standard
 * `retry-after` (seconds).
 */
export function retryAfterMs(res: WireResponse): number | undefined {
  const acs = res.headers["x-acs-retry-after"];
  if (acs && /^\d+$/.test(acs)) return Number(acs);
  return retryAfterSeconds(res);
}
