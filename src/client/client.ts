/**
 * The signed client: `createClient({ surface, baseUrl, credentials, region })` returns typed calls
 * for every operation of the surface. It encodes and signs like the cloud (surface codec + signer),
 * sends with undici, retries only the cloud's retryable answers (throttling, 5xx) and connection
 * resets with jittered backoff and a fresh signature per attempt, keeps to the documented rate
 * limit, and returns vendor errors as values. Every call can be recorded as a redacted exchange.
 */

import type { Dispatcher } from "undici";
import type { Surface } from "../contracts/surfaces.ts";
import { type Clock, cryptoRandom, type Random, systemClock } from "../core/clock.ts";
import { SuiteError } from "../core/errors.ts";
import type { Attempt, Exchange, ExchangeRecorder } from "../core/exchange.ts";
import { redactRequest, redactResponse, redactText } from "../core/redact.ts";
import type { WireResponse } from "../core/wire.ts";
import { type SurfaceParams, surfaceModule } from "../surfaces/registry.ts";
import type { Credentials, ResponseOutcome } from "../surfaces/types.ts";
import { backoffDelay, DEFAULT_RETRY, isRetryableNetworkError, type RetryPolicy } from "./backoff.ts";
import { pause } from "./cassette.ts";
import { resolveCredentials } from "./credentials.ts";
import { createRateLimiter, type RateLimiter } from "./rate-limiter.ts";
import { send, TransportError } from "./transport.ts";

/** Options of `createClient`. */
export interface ClientOptions<S extends Surface> {
  surface: S;
  /** Where requests go: `http://127.0.0.1:PORT` (a simulator) or the vendor's `https://host`. */
  baseUrl: string;
  /** Explicit credentials; else the cloud's standard environment variables. */
  credentials?: Credentials;
  /** Region of the calls; the surface's default when absent. */
  region?: string;
  /** Host header to send and sign, when it differs from the baseUrl's host. */
  host?: string;
  /** Wire form (one of the codec's encodings); the codec's default when absent. */
  encoding?: string;
  /** Signature scheme, where the surface has several. */
  scheme?: string;
  clock?: Clock;
  random?: Random;
  dispatcher?: Dispatcher;
  /** Whole-exchange timeout per attempt, ms (default 10 000). */
  timeoutMs?: number;
  /** Retry policy, or false for a single attempt. */
  retry?: RetryPolicy | false;
  /** Requests per second: one number for every operation, or per operation. Default: the documented limits. */
  rateLimit?: number | Record<string, number>;
  /**
   * Pacing shared with other clients (a run keeps one limiter per operation for all its calls):
   * awaited before every attempt instead of this client's own `rateLimit` limiters.
   */
  pace?: (operation: string) => Promise<void>;
  /** Receives every finished call, redacted. */
  recorder?: ExchangeRecorder;
  /** How to wait (tests may inject a fake). */
  sleep?: (ms: number) => Promise<void>;
}

/** A vendor error as the client reports it. */
export interface VendorError {
  code: string;
  message: string;
  status: number;
  requestId?: string;
  /** A second code the answer carries (Tencent v2: the numeric `code` beside `codeDesc`). */
  alternateCode?: string;
}

/** The result of a call: data, a vendor error, or an answer that is not the cloud's envelope. */
export type CallResult =
  | { data: Record<string, unknown>; requestId?: string; response: WireResponse; exchange: Exchange }
  | { error: VendorError; response: WireResponse; exchange: Exchange }
  | { malformed: string; response: WireResponse; exchange: Exchange };

/** A signed client of one surface. */
export interface Client<S extends Surface> {
  readonly surface: S;
  /** Call an operation with typed parameters. */
  call<O extends keyof SurfaceParams[S] & string>(
    operation: O,
    params: SurfaceParams[S][O],
  ): Promise<CallResult>;
  /** Call with untyped parameters (the suites send invalid ones on purpose). */
  callRaw(
    operation: string,
    params: Record<string, unknown>,
    options?: { encoding?: string },
  ): Promise<CallResult>;
}

// Waits are skipped while a cassette replays (the recording already took its time).
const defaultSleep = (ms: number) => pause(ms);

/** Create a client for one surface. Throws SuiteError ENIC_CREDENTIALS when no credentials are found. */
export function createClient<S extends Surface>(options: ClientOptions<S>): Client<S> {
  const module = surfaceModule(options.surface);
  const credentials = resolveCredentials(module, options.credentials);
  const secrets = [credentials.secret, ...(credentials.token ? [credentials.token] : [])];
  const url = new URL(options.baseUrl);
  const origin = url.origin;
  const host = options.host ?? url.host;
  const region = options.region ?? module.defaults.region;
  const clock = options.clock ?? systemClock;
  const random = options.random ?? cryptoRandom;
  const sleep = options.sleep ?? defaultSleep;
  const retry =
    options.retry === false ? { ...DEFAULT_RETRY, attempts: 1 } : (options.retry ?? DEFAULT_RETRY);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const limiters = new Map<string, RateLimiter>();

  const limiterFor = (operation: string): RateLimiter | undefined => {
    const configured = options.rateLimit;
    const rate =
      typeof configured === "number"
        ? configured
        : (configured?.[operation] ??
          module.operations.find((o) => o.operation === operation)?.ratePerSecond);
    if (rate === undefined) return undefined;
    const key = typeof configured === "number" ? "*" : operation;
    let limiter = limiters.get(key);
    if (!limiter) {
      limiter = createRateLimiter(rate, () => clock.now(), sleep);
      limiters.set(key, limiter);
    }
    return limiter;
  };

  const callRaw = async (
    operation: string,
    params: Record<string, unknown>,
    callOptions: { encoding?: string } = {},
  ): Promise<CallResult> => {
    const encoding = callOptions.encoding ?? options.encoding;
    // Against the vendor itself, an operation with a host of its own (JD's VPC describe) goes there.
    const own = module.operations.find((o) => o.operation === operation)?.host;
    const vendor = url.host === module.defaults.host && own !== undefined && options.host === undefined;
    const target = vendor ? { origin: `${url.protocol}//${own}`, host: own } : { origin, host };
    const unsigned = module.codec.encodeRequest(operation, params, {
      region,
      host: target.host,
      ...(encoding ? { encoding } : {}),
    });
    const attempts: Attempt[] = [];
    const exchange = (outcome: Exchange["outcome"], requestId?: string): Exchange => ({
      surface: module.id,
      operation,
      params: JSON.parse(redactText(JSON.stringify(params), secrets)),
      attempts,
      outcome,
      ...(requestId ? { requestId } : {}),
    });
    const finish = (e: Exchange): Exchange => {
      options.recorder?.(e);
      return e;
    };
    for (let attempt = 1; ; attempt++) {
      if (options.pace) await options.pace(operation);
      else await limiterFor(operation)?.acquire();
      const signed = module.signer.sign(unsigned, {
        credentials,
        clock,
        random,
        region,
        ...(options.scheme ? { scheme: options.scheme } : {}),
      });
      const started = clock.now();
      let response: WireResponse;
      try {
        response = await send(target.origin, signed, {
          timeoutMs,
          ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
        });
      } catch (error) {
        const failure =
          error instanceof TransportError ? error : new TransportError("network", String(error));
        attempts.push({
          request: redactRequest(signed, secrets, module.secrets),
          failure: { kind: failure.kind, message: redactText(failure.message, secrets) },
          durationMs: clock.now() - started,
        });
        if (failure.kind === "network" && isRetryableNetworkError(failure) && attempt < retry.attempts) {
          await sleep(backoffDelay(retry, attempt, random));
          continue;
        }
        finish(exchange("failure"));
        throw new SuiteError(
          failure.kind === "timeout" ? "ENIC_TIMEOUT" : "ENIC_TARGET_UNREACHABLE",
          `${module.id} ${operation}: ${redactText(failure.message, secrets)} (after ${attempt} attempt(s))`,
          { cause: failure },
        );
      }
      attempts.push({
        request: redactRequest(signed, secrets, module.secrets),
        response: redactResponse(response, secrets),
        durationMs: clock.now() - started,
      });
      const outcome: ResponseOutcome = module.codec.decodeResponse(operation, response);
      const retryable =
        (outcome.kind === "error" && module.errors.retryable(outcome.code, outcome.status)) ||
        (outcome.kind === "malformed" && outcome.status >= 500);
      if (retryable && attempt < retry.attempts) {
        await sleep(backoffDelay(retry, attempt, random, module.retryAfterMs(response)));
        continue;
      }
      if (outcome.kind === "success") {
        const e = finish(exchange("success", outcome.requestId));
        return {
          data: outcome.data,
          response,
          exchange: e,
          ...(outcome.requestId ? { requestId: outcome.requestId } : {}),
        };
      }
      if (outcome.kind === "error") {
        const e = finish(exchange("error", outcome.requestId));
        const error: VendorError = { code: outcome.code, message: outcome.message, status: outcome.status };
        if (outcome.requestId) error.requestId = outcome.requestId;
        if (outcome.alternateCode) error.alternateCode = outcome.alternateCode;
        return { error, response, exchange: e };
      }
      return { malformed: outcome.reason, response, exchange: finish(exchange("error")) };
    }
  };

  return {
    surface: options.surface,
    call: (operation, params) => callRaw(operation, params as Record<string, unknown>),
    callRaw,
  };
}
