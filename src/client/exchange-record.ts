/**
 * The record of a call (an `Exchange`), made only when something reads it: the client keeps each
 * attempt as it happened (the signed request, the answer or the failure, the time it took) and
 * redacts the whole exchange the first time a caller reads `exchange` — a failed case's report, a
 * recorder. Most calls' exchanges are never read (the conformance run keeps only a failed case's
 * last one); redacting each as it finished was about 2% of a run's worker.
 */
import type { Attempt, Exchange } from "../core/exchange.ts";
import { redactRequest, redactResponse, redactText, type SecretNames } from "../core/redact.ts";

/**
 * One attempt as it happened: an `Attempt` before redaction (the signed request and the answer as
 * they were; never kept beyond its call's result).
 */
export type RawAttempt = Attempt;

/** What redacting a call's record needs: whose call it was, and the secrets and secret names to mask. */
export interface RecordContext {
  surface: string;
  operation: string;
  params: Record<string, unknown>;
  secrets: readonly string[];
  names: SecretNames;
}

/** An attempt as the exchange records it: signature, secret headers and parameters and secrets masked. */
function redactAttempt(a: RawAttempt, secrets: readonly string[], names: SecretNames): Attempt {
  return {
    request: redactRequest(a.request, secrets, names),
    ...(a.response ? { response: redactResponse(a.response, secrets) } : {}),
    ...(a.failure
      ? { failure: { kind: a.failure.kind, message: redactText(a.failure.message, secrets) } }
      : {}),
    durationMs: a.durationMs,
  };
}

/** The redacted record of a call. */
export function exchangeRecord(
  call: RecordContext,
  attempts: readonly RawAttempt[],
  outcome: Exchange["outcome"],
  requestId: string | undefined,
): Exchange {
  return {
    surface: call.surface,
    operation: call.operation,
    params: JSON.parse(redactText(JSON.stringify(call.params), call.secrets)),
    attempts: attempts.map((a) => redactAttempt(a, call.secrets, call.names)),
    outcome,
    ...(requestId ? { requestId } : {}),
  };
}

/**
 * An object whose `exchange` is built by `build` when first read, then kept: an own, enumerable
 * getter, so that a copy of the result (a spread) carries the exchange as a plain value.
 */
export function lazyExchange(build: () => Exchange): { readonly exchange: Exchange } {
  let built: Exchange | undefined;
  return {
    get exchange(): Exchange {
      built ??= build();
      return built;
    },
  };
}
