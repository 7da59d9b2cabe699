/**
 * The Tencent Cloud legacy v2 error table: which spec row answers each neutral refusal, and how an
 * error code travels in the envelope (`code` integer plus `codeDesc` string, protocols.md §1.4).
 * Every answer of this API is HTTP 200, errors included.
 */
import type { NeutralError } from "../../core/errors.ts";
import { createSurfaceErrors, type NeutralMap } from "../shared/error-table.ts";

const row = (code: string) => `tencent-v2/${code}`;

/**
 * Neutral refusal → row (protocols.md §1.4 "Mapping for the suite"). Missing or malformed signature
 * fields (SecretId, Signature, Timestamp, Nonce, Host) answer 4000, not 4100: the spec models them
 * as required common parameters (CommonForm, the GET parameters) and its 4000 row is "invalid request
 * parameter (missing or malformed)"; 4100 is kept for a signature that is present but does not match
 * (the Signature parameter's description and rule auth.signature-valid). No document says which one
 * the service sends for a missing Signature. 6200 (temporarily unavailable) has no row in the spec,
 * so `unavailable` answers 6000. A sub-account whose CAM policy does not allow the action answers
 * 4101 ("sub-account not authorized for this action"). A Region that names no region answers 4000:
 * UNCERTAIN, the error-code page has no code for it, and Region is a common parameter.
 */
const NEUTRAL: NeutralMap = {
  "auth.missing": row("4000"),
  "auth.malformed": row("4000"),
  "auth.bad-signature": row("4100"),
  "auth.unknown-key": row("4104"),
  "auth.expired": row("4500"),
  "auth.nonce-reused": row("4500"),
  "auth.forbidden": row("4101"),
  "request.malformed": row("4000"),
  "param.missing": row("4000"),
  "param.malformed": row("4000"),
  "param.invalid": row("4000"),
  "param.unknown": row("4000"),
  "action.unknown": row("6100"),
  "region.unknown": row("4000"),
  "rate.throttled": row("4400"),
  internal: row("6000"),
  unavailable: row("6000"),
} satisfies Record<NeutralError, string>;

/**
 * codeDesc sent with each common numeric code. UNCERTAIN (finding F-017): the error-code page gives
 * no codeDesc strings; only the error-return example pairs 4000 with `InvalidParameter`. The others
 * borrow the API 3.0 name of the same failure (AuthFailure.SecretIdNotFound, RequestLimitExceeded,
 * InternalError, InvalidAction, AuthFailure.UnauthorizedOperation); 4100 and 4500 cover several
 * causes, so they get a broad name.
 */
export const COMMON_CODE_DESC: Readonly<Record<string, string>> = {
  "4000": "InvalidParameter",
  "4100": "AuthFailure",
  "4101": "AuthFailure.UnauthorizedOperation",
  "4104": "AuthFailure.SecretIdNotFound",
  "4400": "RequestLimitExceeded",
  "4500": "ReplayAttack",
  "6000": "InternalError",
  "6100": "InvalidAction",
};

/** codeDesc for a numeric code outside the table (none of the spec's rows; UNCERTAIN, F-017). */
const FALLBACK_CODE_DESC = "UnknownError";

/** Common numeric code for a codeDesc of the table, e.g. `InvalidParameter` → `4000`. */
const CODE_OF_DESC = new Map(Object.entries(COMMON_CODE_DESC).map(([code, desc]) => [desc, code]));

/**
 * The numeric `code` sent with a business codeDesc. UNCERTAIN (finding F-005): no document says
 * which number accompanies a business error. A `*.NotFound` code takes 5000 (resource does not
 * exist), any other business code 5100 (resource operation failed), both from the common table of
 * protocols.md §1.4.
 */
function businessNumber(codeDesc: string): number {
  return codeDesc.endsWith(".NotFound") ? 5000 : 5100;
}

/**
 * How an error code goes on the wire: a common code (`"4100"`, or its codeDesc `AuthFailure`) as its
 * number plus the table's codeDesc; a business code (`InvalidVpc.NotFound`) as codeDesc with the
 * number of {@link businessNumber}.
 */
export function wireCode(code: string): { code: number; codeDesc: string } {
  const common = /^[1-9]\d*$/.test(code) ? code : CODE_OF_DESC.get(code);
  if (common !== undefined) {
    return { code: Number(common), codeDesc: COMMON_CODE_DESC[common] ?? FALLBACK_CODE_DESC };
  }
  return { code: businessNumber(code), codeDesc: code };
}

/** Throttling (4400) and server faults (6000 internal, 6200 maintenance) by number or codeDesc. */
const RETRYABLE = new Set(["4400", "6000", "6200", "RequestLimitExceeded", "InternalError"]);

const base = createSurfaceErrors(
  "tencent-v2",
  NEUTRAL,
  (code, status) => status >= 500 || RETRYABLE.has(code),
);

/**
 * The error table of tencent-v2. `httpStatus` also accepts a common code's codeDesc (what a client
 * reads back, see the codec) and answers 200 for a code without a row: the legacy API answers every
 * request with HTTP 200 (protocols.md §1.4).
 */
export const errors: typeof base = {
  ...base,
  httpStatus(code, rowId) {
    const rowCode = CODE_OF_DESC.get(code) ?? code;
    const known = base.rows.some((r) => r.id === rowId || r.code === rowCode);
    return known ? base.httpStatus(rowCode, rowId) : 200;
  },
};
