/**
 * The three kinds of error stay apart (STYLE.md): a simulated or received vendor error (`ApiError`,
 * carrying the cloud's own code), a harness problem (`SuiteError`, code `ENIC_*`, matched by code),
 * and a contract breach (a finding, see the checks). Nothing here knows a particular cloud.
 */

/** The cloud-neutral reasons a request is refused before any state is touched. */
export type NeutralError =
  | "auth.missing"
  | "auth.malformed"
  | "auth.bad-signature"
  | "auth.unknown-key"
  | "auth.expired"
  | "auth.nonce-reused"
  /** Authenticated, but the caller's policy (RAM, CAM, IAM) does not allow the action. */
  | "auth.forbidden"
  | "request.malformed"
  | "param.missing"
  | "param.malformed"
  | "param.invalid"
  | "param.unknown"
  | "action.unknown"
  /** The request names a region the cloud does not have. */
  | "region.unknown"
  | "rate.throttled"
  | "internal"
  | "unavailable";

/**
 * A vendor error: the cloud's own error code plus a human message. The codec picks envelope and status.
 * It is an answer, not a failure of this program: it carries no stack trace (capturing one cost about
 * 2% of a conformance run's CPU, the simulator refuses thousands of requests a second, and nothing
 * reads where a vendor error was made).
 */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    /** The error code exactly as the cloud spells it (an error row's `code`). */
    readonly code: string,
    message: string,
    /** Which error row of the surface this is, when several rows share a code (JD). */
    readonly rowId?: string,
  ) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
  }
}

/** Codes of harness problems. */
export type SuiteErrorCode =
  | "ENIC_CONFIG"
  | "ENIC_CREDENTIALS"
  | "ENIC_TARGET_UNREACHABLE"
  | "ENIC_TIMEOUT"
  | "ENIC_BAD_RESPONSE"
  | "ENIC_FIXTURE_MISSING"
  /** A played-back run asked for an exchange its cassette does not hold. */
  | "ENIC_PLAYBACK"
  /** The target refused a call that puts a fixture back (a staging account is left changed). */
  | "ENIC_RESTORE"
  | "ENIC_INTERNAL";

/** A harness problem: reported as `error`, never as a pass or a contract failure. */
export class SuiteError extends Error {
  override readonly name = "SuiteError";
  constructor(
    readonly code: SuiteErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** True for a SuiteError (matched by code, so it works across module copies). */
export function isSuiteError(error: unknown): error is SuiteError {
  return (
    typeof error === "object" &&
    error !== null &&
    String((error as { code?: unknown }).code).startsWith("ENIC_")
  );
}
