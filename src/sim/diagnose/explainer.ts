/**
 * What the signature diagnosis asks of each scheme: read the signature a request claims, show what
 * the verifier computes over it (canonical request, string to sign, signed headers, hashed payload,
 * credential scope), and recompute the signature for a given secret — and, where the scheme has
 * one, another scope service. Each simulator adapter carries its surface's explainer
 * (`SimAdapter.explainer`, src/sim/adapters/<surface>/explain.ts), built from the surface's own
 * canonical functions, so the diagnosis
 * computes exactly what the verifier does; only the HMAC is compared, never the time or the nonce.
 */
import { sha256Hex } from "../../core/crypto.ts";
import type { WireRequest } from "../../core/wire.ts";

/** The signature a request claims. */
export interface Claim {
  scheme: string;
  accessKeyId: string;
  /** The signature sent (compared, never kept). */
  signature: string;
  /** The request time the signature binds (ms), when it can be read. */
  time?: number;
}

/** What the verifier computes over a request (no secret in it, none derived from one). */
export interface Computed {
  canonicalRequest?: string;
  stringToSign: string;
  signedHeaders: string[];
  hashedPayload?: string;
  credentialScope?: string;
}

/** A cause found by a scheme's own checks, or by the diagnosis. */
export type Cause =
  | "secret-differs"
  | "unknown-key"
  | "scope-service"
  | "scope-date"
  | "path-encoding"
  | "body-hash"
  | "header-changed"
  | "timestamp-window"
  | "nonce-reused"
  | "malformed"
  | "other";

/** A cause and its explanation. */
export interface Finding {
  cause: Cause;
  summary: string;
}

/** One signature scheme (or the schemes of one surface) as the diagnosis reads it. */
export interface Explainer {
  /** The signature the request claims; undefined when it carries none this explainer can read. */
  read(req: WireRequest): Claim | undefined;
  /** What the verifier computes over `req`. */
  computed(req: WireRequest): Computed | undefined;
  /**
   * The signatures the verifier would accept for `req` signed with `secret` (several where the
   * verifier tries several forms, e.g. the Host with and without its port), for the scope service
   * `service` instead of the one the request names.
   */
  signatures(req: WireRequest, secret: string, service?: string): string[];
  /** Other scope services worth trying (schemes with a service in their scope). */
  services?(req: WireRequest): string[];
  /** What is wrong with a request whose signature is right, found by the scheme's own checks. */
  notes?(req: WireRequest): Finding | undefined;
}

/** Why a declared body hash (`header`: ACS3's or JDCLOUD2's) does not match the body received. */
export function declaredHashSummary(header: string, declared: string, body: string): string {
  const of = declared === sha256Hex("") ? "of an empty body" : "of another body";
  return `The ${header} header is the SHA-256 ${of}, not of the ${Buffer.byteLength(body)}-byte body received: hash the body exactly as it is sent, after it is serialised.`;
}
