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
import { isSuiteError, SuiteError } from "../core/errors.ts";
import type { Exchange, ExchangeRecorder } from "../core/exchange.ts";
import { redactText } from "../core/redact.ts";
import type { WireRequest, WireResponse } from "../core/wire.ts";
import { type SurfaceParams, surfaceModule } from "../surfaces/registry.ts";
import type { Credentials, ResponseOutcome } from "../surfaces/types.ts";
import { backoffDelay, DEFAULT_RETRY, isRetryableNetworkError, type RetryPolicy } from "./backoff.ts";
import { resolveCredentials } from "./credentials.ts";
import { exchangeRecord, lazyExchange, type RawAttempt } from "./exchange-record.ts";
import { createRateLimiter, type RateLimiter } from "./rate-limiter.ts";
import { send, TransportError } from "./transport.ts";

/** Hooks around every attempt of a call (openapi-fetch style), at the client or the call level. */
export interface ClientHooks {
  /**
   * Change the encoded request before it is signed (the call's parameters are already on the wire):
   * a case renaming its action, a proxy adding a header. Return the request to sign.
   */
  onRequest?: (req: WireRequest, ctx: { operation: string }) => WireRequest;
  /** See each answer as it arrives (the signed request and the response, unredacted: never keep them). */
  onResponse?: (res: WireResponse, ctx: { operation: string; request: WireRequest }) => void;
}

/** Options of `createClient`. */
export interface ClientOptions<S extends Surface> extends ClientHooks {
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
  /** The undici dispatcher to send through (a run's composes its cassette onto it). */
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
  /** How to wait between attempts and for the rate limit (tests inject a fake; a played-back run waits not at all). */
  sleep?: (ms: number) => Promise<void>;
}

/** What one call may change about how it is sent. */
export interface CallOptions extends ClientHooks {
  /** Wire form of this call. */
  encoding?: string;
  /** Sign with these credentials instead of the client's (a case signing with a wrong secret). */
  credentials?: Credentials;
  /** Sign with this clock instead of the client's (a stale timestamp). */
  clock?: Clock;
  /** This call's retry policy instead of the client's (false: one attempt). */
  retry?: RetryPolicy | false;
  /** False: this call is not paced (a burst must exceed the rate on purpose). */
  pace?: boolean;
}

/** A request encoded and signed, not sent yet: `sendPrepared` sends exactly these bytes, as often as asked. */
export interface Prepared {
  readonly operation: string;
  readonly origin: string;
  readonly request: WireRequest;
  /** The parameters it was encoded from (for the exchange record). */
  readonly params: Record<string, unknown>;
  /** The secrets its redaction masks. */
  readonly secrets: readonly string[];
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

/** What every result carries: the answer, the redacted exchange, and how often the call was retried. */
interface Answered {
  response: WireResponse;
  exchange: Exchange;
  /** Attempts beyond the first (retries of transient answers and failures); absent when none. */
  retries?: number;
}

/** The result of a call: data, a vendor error, or an answer that is not the cloud's envelope. */
export type CallResult =
  | ({ data: Record<string, unknown>; requestId?: string } & Answered)
  | ({ error: VendorError } & Answered)
  | ({ malformed: string } & Answered);

/** A signed client of one surface. */
export interface Client<S extends Surface> {
  readonly surface: S;
  /** Call an operation with typed parameters. */
  call<O extends keyof SurfaceParams[S] & string>(
    operation: O,
    params: SurfaceParams[S][O],
  ): Promise<CallResult>;
  /** Call with untyped parameters (the suites send invalid ones on purpose). */
  callRaw(operation: string, params: Record<string, unknown>, options?: CallOptions): Promise<CallResult>;
  /** Encode and sign one request without sending it (to send the very same bytes more than once). */
  prepare(operation: string, params: Record<string, unknown>, options?: CallOptions): Prepared;
  /**
   * Send a prepared request exactly as signed: its answer is returned as it is (never retried: a
   * second send is a replay the cloud may refuse); a failure to get any answer is retried per
   * `retry` (default: the client's policy), with the same bytes.
   */
  sendPrepared(prepared: Prepared, options?: { retry?: RetryPolicy | false }): Promise<CallResult>;
}

/**
 * Whether an error answer is transient — throttling, the cloud's internal or unavailable errors —
 * and worth another attempt: the surface's own retry rule, plus the codes the surface answers those
 * conditions with (Tencent v2 names `InternalError` only in its codeDesc).
 */
export function isTransient(surface: Surface, error: { code: string; status: number }): boolean {
  const errors = surfaceModule(surface).errors;
  if (errors.retryable(error.code, error.status)) return true;
  const kinds = ["rate.throttled", "internal", "unavailable"] as const;
  const codes = TRANSIENT_CODES.get(surface) ?? new Set(kinds.map((k) => errors.error(k, "").code));
  TRANSIENT_CODES.set(surface, codes);
  return codes.has(error.code);
}

/** Per surface, the codes it answers throttling, internal and unavailable errors with (asked once). */
const TRANSIENT_CODES = new Map<Surface, ReadonlySet<string>>();

/**
 * Create a signed client for one surface: it encodes and signs each request as the cloud's own SDKs
 * do (a fresh signature per attempt), retries the cloud's transient answers with backoff, keeps to
 * the documented rate limits, and returns a vendor error as a value — it never throws one.
 * Credentials come from `options.credentials`, else the cloud's standard environment variables.
 * Throws SuiteError ENIC_CREDENTIALS when no credentials are found.
 *
 * @example
 * ```ts
 * import { createClient } from "eni-conformance";
 *
 * const client = createClient({
 *   surface: "tencent-v3",
 *   baseUrl: "http://127.0.0.1:8080", // a simulator, or https://vpc.tencentcloudapi.com
 *   credentials: { accessKeyId: "AKIDtest", secret: "testkey" },
 *   region: "ap-guangzhou",
 * });
 * const result = await client.call("AttachNetworkInterface", { NetworkInterfaceId: "eni-m6dyj72l", InstanceId: "ins-r8hr2upy" });
 * if ("error" in result) console.log(result.error.code);
 * ```
 */
export function createClient<S extends Surface>(options: ClientOptions<S>): Client<S> {
  const module = surfaceModule(options.surface);
  const credentials = resolveCredentials(module, options.credentials);
  const url = new URL(options.baseUrl);
  const region = options.region ?? module.defaults.region;
  const clock = options.clock ?? systemClock;
  const random = options.random ?? cryptoRandom;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const policyOf = (retry: RetryPolicy | false | undefined): RetryPolicy =>
    retry === false ? { ...DEFAULT_RETRY, attempts: 1 } : (retry ?? DEFAULT_RETRY);
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
  const pace = (operation: string) =>
    options.pace ? options.pace(operation) : (limiterFor(operation)?.acquire() ?? Promise.resolve());

  /** Where an operation goes: against the vendor itself, an operation with a host of its own (JD's VPC describe) goes there. */
  const destination = (operation: string) => {
    const own = module.operations.find((o) => o.operation === operation)?.host;
    const vendor = url.host === module.defaults.host && own !== undefined && options.host === undefined;
    return vendor
      ? { origin: `${url.protocol}//${own}`, host: own }
      : { origin: url.origin, host: options.host ?? url.host };
  };

  const encode = (operation: string, params: Record<string, unknown>, call: CallOptions) => {
    const to = destination(operation);
    const encoding = call.encoding ?? options.encoding;
    let unsigned = module.codec.encodeRequest(operation, params, {
      region,
      host: to.host,
      ...(encoding ? { encoding } : {}),
    });
    for (const hook of [options.onRequest, call.onRequest])
      if (hook) unsigned = hook(unsigned, { operation });
    return { to, unsigned };
  };

  const signer = (call: CallOptions) => {
    const signing = call.credentials ?? credentials;
    const secrets = [signing.secret, ...(signing.token ? [signing.token] : [])];
    const sign = (req: WireRequest) =>
      module.signer.sign(req, {
        credentials: signing,
        clock: call.clock ?? clock,
        random,
        region,
        ...(options.scheme ? { scheme: options.scheme } : {}),
      });
    return { sign, secrets };
  };

  /** One attempt on the wire; a failure to get an answer comes back as a TransportError value. */
  const attempt = async (
    operation: string,
    origin: string,
    signed: WireRequest,
    attempts: RawAttempt[],
    call: ClientHooks,
  ): Promise<WireResponse | TransportError> => {
    const started = clock.now();
    try {
      const response = await send(origin, signed, { timeoutMs, dispatcher: options.dispatcher });
      attempts.push({ request: signed, response, durationMs: clock.now() - started });
      if (options.onResponse) options.onResponse(response, { operation, request: signed });
      if (call.onResponse) call.onResponse(response, { operation, request: signed });
      return response;
    } catch (error) {
      if (isSuiteError(error)) throw error;
      const failure = error instanceof TransportError ? error : new TransportError("network", String(error));
      attempts.push({
        request: signed,
        failure: { kind: failure.kind, message: failure.message },
        durationMs: clock.now() - started,
      });
      return failure;
    }
  };

  /** What redacting the record of a call of `operation` needs. */
  const recordOf = (operation: string, params: Record<string, unknown>, secrets: readonly string[]) =>
    ({ surface: module.id, operation, params, secrets, names: module.secrets }) as const;

  /** Whether another attempt may cure a failure to get an answer. */
  const retriesTransport = (policy: RetryPolicy, failure: TransportError) =>
    policy.transport === "any" || (failure.kind === "network" && isRetryableNetworkError(failure));

  /** The result (its exchange redacted when first read) and the recorder's copy, from the last answer. */
  const finish = (
    operation: string,
    params: Record<string, unknown>,
    secrets: readonly string[],
    attempts: RawAttempt[],
    response: WireResponse,
    decoded?: ResponseOutcome,
  ): CallResult => {
    const outcome: ResponseOutcome = decoded ?? module.codec.decodeResponse(operation, response);
    const requestId = outcome.kind !== "malformed" ? outcome.requestId : undefined;
    const lazy = lazyExchange(() =>
      exchangeRecord(
        recordOf(operation, params, secrets),
        attempts,
        outcome.kind === "success" ? "success" : "error",
        requestId,
      ),
    );
    let result: CallResult;
    if (outcome.kind === "success") {
      result = Object.assign(lazy, { data: outcome.data, response });
      if (outcome.requestId) result.requestId = outcome.requestId;
    } else if (outcome.kind === "error") {
      const error: VendorError = { code: outcome.code, message: outcome.message, status: outcome.status };
      if (outcome.requestId) error.requestId = outcome.requestId;
      if (outcome.alternateCode) error.alternateCode = outcome.alternateCode;
      result = Object.assign(lazy, { error, response });
    } else {
      result = Object.assign(lazy, { malformed: outcome.reason, response });
    }
    if (attempts.length > 1) result.retries = attempts.length - 1;
    options.recorder?.(result.exchange);
    return result;
  };

  /** No answer at all: the exchange is recorded as a failure and the call ends with a harness error. */
  const unreachable = (
    operation: string,
    params: Record<string, unknown>,
    secrets: readonly string[],
    attempts: RawAttempt[],
    failure: TransportError,
  ): never => {
    options.recorder?.(exchangeRecord(recordOf(operation, params, secrets), attempts, "failure", undefined));
    throw new SuiteError(
      failure.kind === "timeout" ? "ENIC_TIMEOUT" : "ENIC_TARGET_UNREACHABLE",
      `${module.id} ${operation}: ${redactText(failure.message, secrets)} (after ${attempts.length} attempt(s))`,
      { cause: failure },
    );
  };

  const callRaw = async (
    operation: string,
    params: Record<string, unknown>,
    call: CallOptions = {},
  ): Promise<CallResult> => {
    const policy = policyOf(call.retry ?? options.retry);
    const { to, unsigned } = encode(operation, params, call);
    const { sign, secrets } = signer(call);
    const attempts: RawAttempt[] = [];
    for (let n = 1; ; n++) {
      if (call.pace !== false) await pace(operation);
      // A fresh signature (time, nonce) for every attempt.
      const got = await attempt(operation, to.origin, sign(unsigned), attempts, call);
      if (got instanceof TransportError) {
        if (n < policy.attempts && retriesTransport(policy, got)) {
          await sleep(backoffDelay(policy, n, random));
          continue;
        }
        return unreachable(operation, params, secrets, attempts, got);
      }
      const outcome = module.codec.decodeResponse(operation, got);
      const retryable =
        (outcome.kind === "error" && isTransient(module.id, outcome)) ||
        (outcome.kind === "malformed" && outcome.status >= 500);
      if (retryable && n < policy.attempts) {
        await sleep(backoffDelay(policy, n, random, module.retryAfterMs(got)));
        continue;
      }
      return finish(operation, params, secrets, attempts, got, outcome);
    }
  };

  const prepare = (operation: string, params: Record<string, unknown>, call: CallOptions = {}): Prepared => {
    const { to, unsigned } = encode(operation, params, call);
    const { sign, secrets } = signer(call);
    return { operation, origin: to.origin, request: sign(unsigned), params, secrets };
  };

  const sendPrepared = async (
    prepared: Prepared,
    call: { retry?: RetryPolicy | false } = {},
  ): Promise<CallResult> => {
    const policy = policyOf(call.retry ?? options.retry);
    const attempts: RawAttempt[] = [];
    const { operation, origin, request, params, secrets } = prepared;
    for (let n = 1; ; n++) {
      const got = await attempt(operation, origin, request, attempts, {});
      if (!(got instanceof TransportError)) return finish(operation, params, secrets, attempts, got);
      if (n < policy.attempts && retriesTransport(policy, got)) {
        await sleep(backoffDelay(policy, n, random));
        continue;
      }
      return unreachable(operation, params, secrets, attempts, got);
    }
  };

  return {
    surface: options.surface,
    call: (operation, params) => callRaw(operation, params as Record<string, unknown>),
    callRaw,
    prepare,
    sendPrepared,
  };
}
