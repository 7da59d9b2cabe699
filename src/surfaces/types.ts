/**
 * The contract every surface module fulfils (src/surfaces/<surface>/index.ts). A surface is a folder
 * with the same files as every other: signer.ts (sign + verify, and which request parts are
 * secret), codec.ts (decode requests, encode requests, results and errors, decode responses, the
 * action a request names), errors.ts (the error table, the neutral-error mapping, retry hints),
 * operations.ts (the operation table and types), state.ts (the calls that move an ENI and how to
 * read the state back). Everything one cloud knows lives there; shared code never branches on the
 * cloud, and never names a host, a header or a response shape.
 */
import type { Surface } from "../contracts/surfaces.ts";
import type { Clock, Random } from "../core/clock.ts";
import type { ApiError, NeutralError } from "../core/errors.ts";
import type { SecretNames } from "../core/redact.ts";
import type { WireRequest, WireResponse } from "../core/wire.ts";
import type { NonceStore } from "./shared/nonce-store.ts";

/** An access key pair (plus an optional security token of temporary credentials). */
export interface Credentials {
  accessKeyId: string;
  secret: string;
  token?: string;
}

/** What a signer needs to sign a request. */
export interface SignContext {
  credentials: Credentials;
  clock: Clock;
  random: Random;
  /** The region the request is for (JD's credential scope, Tencent's X-TC-Region, ...). */
  region: string;
  /** Scheme to use when the surface has several (`HmacSHA256` for Tencent v2, `ACS3-HMAC-SHA256` ...). */
  scheme?: string;
}

/** What a verifier needs: the secrets it knows, the time, and (optionally) a nonce memory. */
export interface VerifyContext {
  lookupSecret(accessKeyId: string): string | undefined;
  clock: Clock;
  /** When given, a nonce seen before within its window is refused as a replay. */
  nonces?: NonceStore;
}

/** Outcome of verifying a request's signature. */
export type VerifyResult =
  | { ok: true; accessKeyId: string; scheme: string }
  | { ok: false; error: ApiError; accessKeyId?: string };

/** Signs outgoing requests and verifies incoming ones exactly as the cloud does. */
export interface Signer {
  /** Scheme names this surface speaks; the first is the default for signing. */
  readonly schemes: readonly string[];
  /** A signed copy of `req` (headers and/or parameters added; the original is untouched). */
  sign(req: WireRequest, ctx: SignContext): WireRequest;
  /** Check the request's signature, key, timestamp and nonce. */
  verify(req: WireRequest, ctx: VerifyContext): VerifyResult;
}

/** An incoming request, understood. */
export interface Decoded {
  surface: Surface;
  /** operationId of the defining operation (the spec's `x-same-as` target for second wire forms). */
  operation: string;
  /** The action parameters, validated against the operation's request schema and typed. */
  params: Record<string, unknown>;
  /** The wire form the request used (one of the codec's `encodings`). */
  encoding: string;
  /** The region the request names, when it names one. */
  region?: string;
  /** The access key id the request claims (its signature is checked separately). */
  accessKeyId?: string;
}

/** Outcome of decoding an incoming request. */
export type DecodeResult =
  | { ok: true; value: Decoded }
  | { ok: false; error: ApiError /** the operation, when it could be told */; operation?: string };

/** How the client wants a call put on the wire. */
export interface EncodeOptions {
  /** One of the codec's `encodings`; the codec's first when absent. */
  encoding?: string;
  region: string;
  /** Value of the Host header (`host[:port]`). */
  host: string;
}

/** What a response turned out to be, from the client's side. */
export type ResponseOutcome =
  | { kind: "success"; data: Record<string, unknown>; requestId?: string }
  | {
      kind: "error";
      code: string;
      message: string;
      requestId?: string;
      status: number;
      /** A second code the same answer carries (Tencent v2: the numeric `code` beside `codeDesc`). */
      alternateCode?: string;
    }
  | { kind: "malformed"; reason: string; status: number };

/** Turns requests and answers into and out of the cloud's wire format. */
export interface Codec {
  /** The wire forms this surface accepts, first = the one official SDKs use by default. */
  readonly encodings: readonly string[];
  /** True when the request is shaped like this surface's (used to route requests). */
  matches(req: WireRequest): boolean;
  /** Understand an incoming request: operation, typed and validated params. Never throws. */
  decode(req: WireRequest): DecodeResult;
  /** Put a call on the wire (unsigned): the client signs the result. */
  encodeRequest(operation: string, params: Record<string, unknown>, options: EncodeOptions): WireRequest;
  /** The cloud's success answer for `operation` with the given result members. */
  encodeResult(operation: string, result: Record<string, unknown>, requestId: string): WireResponse;
  /** The cloud's error answer: envelope and HTTP status from the surface's error table. */
  encodeError(error: ApiError, requestId: string): WireResponse;
  /** Read an answer the way a careful client would. Never throws. */
  decodeResponse(operation: string, res: WireResponse): ResponseOutcome;
}

/** The error table of a surface plus the mapping from neutral refusals to the cloud's codes. */
export interface SurfaceErrors {
  /** The ApiError the cloud answers a neutral refusal with (`param` names the parameter at fault). */
  error(kind: NeutralError, message: string, param?: string): ApiError;
  /** HTTP status the cloud answers `code` with (from the spec's error rows). */
  httpStatus(code: string, rowId?: string): number;
  /** True when a client should retry after this answer (throttling, 5xx). */
  retryable(code: string, status: number): boolean;
}

/** One operation of the surface, as the client and the router see it. */
export interface OperationInfo {
  /** operationId of the defining operation. */
  operation: string;
  /** The action name as sent on the wire. */
  action: string;
  /** Documented (from a seed document) or companion. */
  documented: boolean;
  /** Documented requests per second, when a document gives one. */
  ratePerSecond?: number;
  /** The vendor host of this operation when it differs from the surface's (JD's VPC describe). */
  host?: string;
  /** True for the operations that move an ENI (attach, detach, migrate): see shared/operations.ts. */
  changesState: boolean;
}

/** Where an ENI is, as the target reports it. */
export interface EniView {
  /** The instance it is attached to (or moving to), if any. */
  instanceId?: string;
  /** False while the target reports an attach/detach in progress. */
  settled: boolean;
  /** False when the target does not know the ENI. */
  found: boolean;
  /** Whether the target reads it back as an instance's primary ENI (where the describe says so). */
  primary?: boolean;
  /** The device index it is attached at (where the describe says so). */
  deviceIndex?: number;
}

/** A task's state as the target reports it. */
export type TaskView = "running" | "success" | "failed" | "missing" | "unknown";

/**
 * What a call came back with, as the read-back reads it: the decoded success members (and the
 * request id), a vendor error, or an answer that could not be read. The client's `CallResult` is one.
 */
export type CallAnswer =
  | { data: Record<string, unknown>; requestId?: string }
  | { error: { code: string } }
  | { malformed: string };

/**
 * How a surface reads state back: which operation describes one ENI, with which parameters, and
 * how its answer reads as an {@link EniView}; where the surface has a task query, the same for the
 * task an accepted call started. Pure data and functions over decoded answers: the caller sends.
 */
export interface Readback {
  eni: {
    operation: string;
    params(eniId: string, region: string): Record<string, unknown>;
    /** The view of the describe's answer (an answer that is not a success: the ENI is not found). */
    view(answer: CallAnswer): EniView;
  };
  task?: {
    operation: string;
    /** The query's parameters for the task `accepted` started, or the view when no query can tell. */
    params(accepted: CallAnswer): Record<string, unknown> | TaskView;
    view(answer: CallAnswer): TaskView;
  };
}

/** The fixtures a state call fills its parameters from: the region and the role → id map. */
export interface FixtureIds {
  region: string;
  roles: Record<string, string>;
}

/**
 * How a surface attaches and detaches (and, where it can, migrates) an ENI, for the code that
 * changes state on purpose (restoring fixtures after a case, the model-based suite). Parameter
 * names are the surface's own.
 */
export interface StateCalls {
  attach: string;
  detach: string;
  params(f: FixtureIds, eniId: string, instanceId: string): Record<string, unknown>;
  migrate?: {
    operation: string;
    params(f: FixtureIds, eniId: string, from: string, to: string): Record<string, unknown>;
  };
}

/** Everything a surface provides. */
export interface SurfaceModule {
  readonly id: Surface;
  readonly signer: Signer;
  readonly codec: Codec;
  readonly errors: SurfaceErrors;
  readonly operations: readonly OperationInfo[];
  /** The real vendor host, the default region, and the header that carries the request id. */
  readonly defaults: { host: string; region: string; requestIdHeader?: string };
  /**
   * Every vendor host the surface answers on (`defaults.host` and every operation's own host
   * among them): the simulator routes a request naming one of them to this surface.
   */
  readonly hosts: readonly string[];
  /** The cloud's standard environment variables for credentials. */
  readonly credentialEnv: { accessKeyId: string; secret: string; token?: string };
  /** The action a wire request names (header, `Action` parameter or REST path); "" when none. */
  actionOf(req: WireRequest): string;
  /** The server's retry hint of an answer, in ms, when it gives one. */
  retryAfterMs(res: WireResponse): number | undefined;
  /** The headers and parameters whose values are secret: redaction masks them. */
  readonly secrets: SecretNames;
  /** How to read an ENI's (and a task's) state back. */
  readonly readback: Readback;
  /** The calls that attach, detach and migrate an ENI. */
  readonly stateCalls: StateCalls;
}
