/**
 * The contract every surface module fulfils (src/surfaces/<surface>/index.ts). A surface is a folder
 * with the same files as every other: signer.ts (sign + verify), codec.ts (decode requests, encode
 * requests, results and errors, decode responses), errors.ts (the error table and the neutral-error
 * mapping), operations.ts (the operation table and types). Shared code never branches on the cloud.
 */
import type { Surface } from "../contracts/surfaces.ts";
import type { Clock, Random } from "../core/clock.ts";
import type { ApiError, NeutralError } from "../core/errors.ts";
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
  /** The cloud's standard environment variables for credentials. */
  readonly credentialEnv: { accessKeyId: string; secret: string; token?: string };
}
