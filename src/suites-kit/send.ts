/**
 * Sending a case's request the way the case needs it: through the signed client for ordinary calls,
 * or encode → transform → sign → send by hand when the request itself is the point (an unknown
 * action, a replayed nonce, a wrong secret or a stale clock). Real codecs, real signers, real HTTP.
 */

import { pause } from "../client/cassette.ts";
import { type CallResult, createClient } from "../client/client.ts";
import { createRateLimiter, type RateLimiter } from "../client/rate-limiter.ts";
import { send, TransportError } from "../client/transport.ts";
import type { Surface } from "../contracts/surfaces.ts";
import { type Clock, cryptoRandom, systemClock } from "../core/clock.ts";
import { isSuiteError, SuiteError } from "../core/errors.ts";
import type { Exchange } from "../core/exchange.ts";
import { redactRequest, redactResponse } from "../core/redact.ts";
import type { WireRequest, WireResponse } from "../core/wire.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import type { Credentials } from "../surfaces/types.ts";
import { rateOf } from "./rates.ts";

/** How to send. */
export interface SendSpec {
  surface: Surface;
  baseUrl: string;
  region: string;
  credentials: Credentials;
  operation: string;
  params: Record<string, unknown>;
  clock?: Clock;
  /** Change the encoded request before it is signed. */
  transform?: (req: WireRequest) => WireRequest;
  /** Send the same signed request this many times (a replay); the last answer is returned. */
  times?: number;
  /** Called between the sends of a replay (to read state after the first one). */
  between?: () => Promise<void>;
  /**
   * Discipline for a real target: keep to the documented rate of the operation (shared by every
   * call of the run) and retry throttling and 5xx answers with backoff. Off for bursts, which must
   * exceed the rate, and for the embedded simulator, whose answers must be seen as they are.
   */
  disciplined?: boolean;
}

const limiters = new Map<string, RateLimiter>();

/** Wait for the rate of `operation` (documented or configured; shared by every call of this process). */
export async function keepRate(surface: Surface, operation: string): Promise<void> {
  const rate = rateOf(surface, operation);
  if (rate === undefined) return;
  const key = `${surface}/${operation}`;
  let limiter = limiters.get(key);
  if (!limiter) {
    limiter = createRateLimiter(
      rate,
      () => Date.now(),
      (ms) => pause(ms),
    );
    limiters.set(key, limiter);
  }
  await limiter.acquire();
}

/** Send one call and read its answer with the surface's codec. Never throws on vendor errors. */
export async function sendCall(spec: SendSpec): Promise<CallResult & { retries?: number }> {
  if (!spec.disciplined) return sendOnce(spec);
  // Against a real target: keep the documented rate, and retry what is transient (throttling, the
  // cloud's internal/unavailable errors, a dropped connection) with backoff and a fresh signature.
  for (let attempt = 1; ; attempt++) {
    await keepRate(spec.surface, spec.operation);
    let result: CallResult;
    try {
      result = await sendOnce(spec);
    } catch (error) {
      if (!isSuiteError(error) || error.code !== "ENIC_TARGET_UNREACHABLE" || attempt >= MAX_ATTEMPTS)
        throw error;
      await sleep(backoff(attempt));
      continue;
    }
    const retry = "error" in result && isTransient(spec.surface, result.error) && attempt < MAX_ATTEMPTS;
    if (!retry) return Object.assign(result, { retries: attempt - 1 });
    await sleep(backoff(attempt));
  }
}

/** Attempts of a call on a real target (also for its read-backs, see REAL_TARGET_RETRY). */
const MAX_ATTEMPTS = 6;

/**
 * The retry policy of read-backs, preflights and restores on a real target: six attempts with
 * backoff from 200 ms to 3 s ride out a run of transient answers (at a 15% fault rate, six in a row
 * happen about once in 90,000 calls).
 */
export const REAL_TARGET_RETRY = { attempts: MAX_ATTEMPTS, baseDelayMs: 200, maxDelayMs: 3000 } as const;

/**
 * Client options for read-backs, preflights and restores on a real target: the retry policy above,
 * and the run's shared pacing, so they count against the same per-operation rate as the cases' calls.
 */
export function realTargetDiscipline(surface: Surface) {
  return { retry: REAL_TARGET_RETRY, pace: (operation: string) => keepRate(surface, operation) };
}
const sleep = (ms: number) => pause(ms);
const backoff = (attempt: number) => Math.min(3000, 200 * 2 ** (attempt - 1));

/**
 * Whether an error answer is transient (throttling, the cloud's internal or unavailable errors):
 * the surface's own retry rule, which also knows the names a client reads back (Tencent v2 sends
 * 6000 with the codeDesc `InternalError`), plus the codes the surface answers those conditions with.
 */
export function isTransient(surface: Surface, error: { code: string; status: number }): boolean {
  const errors = surfaceModule(surface).errors;
  if (errors.retryable(error.code, error.status)) return true;
  return (["rate.throttled", "internal", "unavailable"] as const).some(
    (k) => errors.error(k, "").code === error.code,
  );
}

/**
 * Send an already signed request. On a real target a dropped connection is retried for a replay
 * (the same bytes again: a request that got no answer was not served, and a replay must carry the
 * first send's signature), and reported as `ENIC_TARGET_UNREACHABLE` for a first send, so that
 * `sendCall` sends it again with a fresh signature.
 */
async function sendSigned(
  origin: string,
  signed: WireRequest,
  how: { replay: boolean; disciplined: boolean },
): Promise<WireResponse> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send(origin, signed, { timeoutMs: 10_000 });
    } catch (error) {
      if (!how.disciplined || !(error instanceof TransportError)) throw error;
      if (!how.replay || attempt >= MAX_ATTEMPTS) {
        throw new SuiteError("ENIC_TARGET_UNREACHABLE", `no answer: ${error.message}`, { cause: error });
      }
      await sleep(backoff(attempt));
    }
  }
}

async function sendOnce(spec: SendSpec): Promise<CallResult> {
  if (!spec.transform && (spec.times ?? 1) === 1) {
    const client = createClient({
      surface: spec.surface,
      baseUrl: spec.baseUrl,
      credentials: spec.credentials,
      region: spec.region,
      retry: false,
      rateLimit: 1_000_000,
      ...(spec.clock ? { clock: spec.clock } : {}),
    });
    return client.callRaw(spec.operation, spec.params);
  }
  const m = surfaceModule(spec.surface);
  const url = new URL(spec.baseUrl);
  const encoded = m.codec.encodeRequest(spec.operation, spec.params, { region: spec.region, host: url.host });
  const wire = spec.transform ? spec.transform(encoded) : encoded;
  const signed = m.signer.sign(wire, {
    credentials: spec.credentials,
    clock: spec.clock ?? systemClock,
    random: cryptoRandom,
    region: spec.region,
  });
  const secrets = [spec.credentials.secret];
  const exchange: Exchange = {
    surface: spec.surface,
    operation: spec.operation,
    params: spec.params,
    attempts: [],
    outcome: "error",
  };
  let last: CallResult | undefined;
  for (let i = 0; i < (spec.times ?? 1); i++) {
    if (i > 0) await spec.between?.();
    const started = Date.now();
    const response = await sendSigned(url.origin, signed, {
      replay: i > 0,
      disciplined: spec.disciplined === true,
    });
    exchange.attempts.push({
      request: redactRequest(signed, secrets, m.secrets),
      response: redactResponse(response, secrets),
      durationMs: Date.now() - started,
    });
    const outcome = m.codec.decodeResponse(spec.operation, response);
    if (outcome.kind === "success") {
      last = {
        data: outcome.data,
        response,
        exchange,
        ...(outcome.requestId ? { requestId: outcome.requestId } : {}),
      };
    } else if (outcome.kind === "error") {
      const { code, message, status, requestId, alternateCode } = outcome;
      last = {
        error: {
          code,
          message,
          status,
          ...(requestId ? { requestId } : {}),
          ...(alternateCode ? { alternateCode } : {}),
        },
        response,
        exchange,
      };
    } else {
      last = { malformed: outcome.reason, response, exchange };
    }
    // A replay only means something after the first send was served: when a real target met it
    // with a transient error, hand that back so the pair is sent again with a fresh signature.
    if (
      spec.disciplined &&
      i < (spec.times ?? 1) - 1 &&
      "error" in last &&
      isTransient(spec.surface, last.error)
    )
      break;
  }
  if (!last) throw new Error("nothing was sent");
  if ("data" in last) exchange.outcome = "success";
  return last;
}
