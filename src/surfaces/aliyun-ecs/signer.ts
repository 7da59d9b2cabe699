/**
 * Signs and verifies ECS RPC requests with both schemes in use: ACS3-HMAC-SHA256 (signature V3, what
 * @alicloud/ecs20140526 7.x sends; protocols.md §3.3, sdk-clients.md §4) and HMAC-SHA1 (signature V1,
 * pop-core and openapi-client v2; protocols.md §3.2). The scheme follows the request's shape.
 */

import { rfc3986, safeEqual, sha256Hex } from "../../core/crypto.ts";
import { type NeutralError, SuiteError } from "../../core/errors.ts";
import type { SecretNames } from "../../core/redact.ts";
import { rawPath, type WireRequest } from "../../core/wire.ts";
import type { SignContext, Signer, VerifyContext, VerifyResult } from "../types.ts";
import {
  ACS3,
  acs3CanonicalRequest,
  acs3Signature,
  isoSeconds,
  mustSign,
  parseAcs3Authorization,
  parseIsoSeconds,
  V1,
  v1Signature,
  v1StringToSign,
} from "./canonical.ts";
import { errors } from "./errors.ts";
import { claimedScheme, first, hasFormBody, readPairs } from "./wire-params.ts";

/**
 * Largest accepted distance between the request time and the server clock: "more than 15 minutes"
 * is InvalidTimeStamp.Expired (protocols.md §3.4, POP client common error codes). The source speaks
 * of expired (past) times; refusing future times beyond the same window is an assumption.
 */
const SKEW_MS = 15 * 60_000;

/** The fields signature V1 adds (and replaces when re-signing). */
const V1_SIGNING_FIELDS = new Set([
  "AccessKeyId",
  "SignatureMethod",
  "SignatureVersion",
  "SignatureNonce",
  "Timestamp",
  "SecurityToken",
  "Signature",
]);

const encodePairs = (pairs: readonly [string, string][]) =>
  pairs.map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`).join("&");

/** Sign with signature V1 where the parameters already are: the form body or the query. */
function signV1(req: WireRequest, ctx: SignContext): WireRequest {
  const pairs = readPairs(req);
  if (!pairs)
    throw new SuiteError("ENIC_INTERNAL", "aliyun-ecs: cannot sign a request with bad percent-encoding");
  const inBody = hasFormBody(req);
  const own = (inBody ? pairs.form : pairs.query).filter(([k]) => !V1_SIGNING_FIELDS.has(k));
  own.push(
    ["AccessKeyId", ctx.credentials.accessKeyId],
    ["SignatureMethod", V1],
    ["SignatureVersion", "1.0"],
    ["SignatureNonce", ctx.random.uuid()],
    ["Timestamp", isoSeconds(ctx.clock.now())],
  );
  if (ctx.credentials.token) own.push(["SecurityToken", ctx.credentials.token]);
  const signed = inBody ? [...pairs.query, ...own] : own;
  const signature = v1Signature(ctx.credentials.secret, v1StringToSign(req.method, signed));
  const text = encodePairs([...own, ["Signature", signature]]);
  if (inBody) return { ...req, headers: { ...req.headers }, body: text };
  return { ...req, headers: { ...req.headers }, url: `${rawPath(req.url)}?${text}` };
}

/** Sign with ACS3: date, nonce, body hash (and token) headers, every required header signed. */
function signAcs3(req: WireRequest, ctx: SignContext): WireRequest {
  const query = readPairs(req)?.query;
  if (!query)
    throw new SuiteError("ENIC_INTERNAL", "aliyun-ecs: cannot sign a request with bad percent-encoding");
  const headers: Record<string, string> = { ...req.headers };
  delete headers.authorization;
  delete headers["x-acs-security-token"];
  headers["x-acs-date"] = isoSeconds(ctx.clock.now());
  headers["x-acs-signature-nonce"] = ctx.random.hex(16);
  headers["x-acs-content-sha256"] = sha256Hex(req.body);
  if (ctx.credentials.token) headers["x-acs-security-token"] = ctx.credentials.token;
  const signedHeaders = Object.keys(headers).filter(mustSign).sort();
  const canonical = acs3CanonicalRequest({
    method: req.method,
    path: rawPath(req.url),
    query,
    headers,
    signedHeaders,
    payloadHash: headers["x-acs-content-sha256"],
  });
  const signature = acs3Signature(ctx.credentials.secret, canonical);
  headers.authorization = `${ACS3} Credential=${ctx.credentials.accessKeyId},SignedHeaders=${signedHeaders.join(";")},Signature=${signature}`;
  return { ...req, headers };
}

type Failure = Extract<VerifyResult, { ok: false }>;

function fail(kind: NeutralError, message: string, accessKeyId?: string): Failure {
  const out: Failure = { ok: false, error: errors.error(kind, message) };
  if (accessKeyId !== undefined) out.accessKeyId = accessKeyId;
  return out;
}

/** Time and nonce checks, shared by both schemes; run only after the signature matched. */
function fresh(
  at: number,
  nonce: string,
  accessKeyId: string,
  scheme: string,
  ctx: VerifyContext,
): VerifyResult {
  if (Math.abs(ctx.clock.now() - at) > SKEW_MS)
    return fail("auth.expired", "Specified time stamp or date value is expired.", accessKeyId);
  if (ctx.nonces && !ctx.nonces.check(accessKeyId, nonce))
    return fail("auth.nonce-reused", "Specified signature nonce was used already.", accessKeyId);
  return { ok: true, accessKeyId, scheme };
}

/**
 * Verify signature V1 (protocols.md §3.2 and §5): decode the query and the form body, drop
 * Signature, re-encode with the Aliyun percent rules, method from the request line, key secret + "&".
 * Host, headers and path are not signed, so changing them does not break the signature.
 */
function verifyV1(req: WireRequest, ctx: VerifyContext): VerifyResult {
  const pairs = readPairs(req);
  if (!pairs) return fail("request.malformed", "The request has an invalid percent-encoding.");
  const all = [...pairs.query, ...pairs.form];
  const field = (name: string) => first(all, name);
  const accessKeyId = field("AccessKeyId");
  for (const name of [
    "Signature",
    "AccessKeyId",
    "SignatureNonce",
    "Timestamp",
    "SignatureMethod",
    "SignatureVersion",
  ]) {
    if (!field(name)) return fail("auth.missing", `The signature field ${name} is missing.`, accessKeyId);
  }
  const ak = accessKeyId as string;
  if (field("SignatureMethod") !== V1)
    return fail("auth.malformed", "SignatureMethod must be HMAC-SHA1.", ak);
  if (field("SignatureVersion") !== "1.0") return fail("auth.malformed", "SignatureVersion must be 1.0.", ak);
  const at = parseIsoSeconds(field("Timestamp") as string);
  if (at === undefined) return fail("auth.malformed", "Timestamp must be yyyy-MM-ddTHH:mm:ssZ.", ak);
  const secret = ctx.lookupSecret(ak);
  if (secret === undefined) return fail("auth.unknown-key", "Specified access key is not found.", ak);
  const expected = v1Signature(secret, v1StringToSign(req.method, all));
  if (!safeEqual(expected, field("Signature") as string))
    return fail("auth.bad-signature", "Specified signature is not matched with our calculation.", ak);
  return fresh(at, field("SignatureNonce") as string, ak, V1, ctx);
}

/** Verify ACS3 (protocols.md §5): every required header signed, body hash checked, then the signature. */
function verifyAcs3(req: WireRequest, ctx: VerifyContext): VerifyResult {
  const header = req.headers.authorization;
  if (header === undefined) return fail("auth.missing", "The Authorization header is missing.");
  const auth = parseAcs3Authorization(header);
  if (!auth) return fail("auth.malformed", "The Authorization header is not a valid ACS3-HMAC-SHA256 value.");
  const ak = auth.accessKeyId;
  for (const name of ["x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256"]) {
    if (!req.headers[name]) return fail("auth.missing", `The header ${name} is missing.`, ak);
  }
  for (const name in req.headers) {
    if (mustSign(name) && !auth.signedHeaders.includes(name))
      return fail("auth.malformed", `The header ${name} must be signed.`, ak);
  }
  for (const name of auth.signedHeaders) {
    if (req.headers[name] === undefined)
      return fail("auth.malformed", `The signed header ${name} is not in the request.`, ak);
  }
  const at = parseIsoSeconds(req.headers["x-acs-date"] as string);
  if (at === undefined) return fail("auth.malformed", "x-acs-date must be yyyy-MM-ddTHH:mm:ssZ.", ak);
  const secret = ctx.lookupSecret(ak);
  if (secret === undefined) return fail("auth.unknown-key", "Specified access key is not found.", ak);
  const payloadHash = req.headers["x-acs-content-sha256"] as string;
  if (payloadHash !== sha256Hex(req.body))
    return fail("auth.bad-signature", "x-acs-content-sha256 does not match the body.", ak);
  const query = readPairs(req)?.query;
  if (!query) return fail("request.malformed", "The request has an invalid percent-encoding.", ak);
  const canonical = acs3CanonicalRequest({
    method: req.method,
    path: rawPath(req.url),
    query,
    headers: req.headers,
    signedHeaders: auth.signedHeaders,
    payloadHash,
  });
  if (!safeEqual(acs3Signature(secret, canonical), auth.signature))
    return fail("auth.bad-signature", "Specified signature is not matched with our calculation.", ak);
  return fresh(at, req.headers["x-acs-signature-nonce"] as string, ak, ACS3, ctx);
}

/** The ECS signer. `schemes[0]` (ACS3) is what the current SDK uses. */
export const signer: Signer = {
  schemes: [ACS3, V1],
  /**
   * Sign `req` with the scheme its wire form implies: V1 when it carries an `Action` parameter
   * (rpc-* encodings), ACS3 otherwise (`x-acs-action` header, acs3-query). `ctx.scheme` is not needed
   * to choose and is not consulted; the date and a fresh nonce come from `ctx.clock` and `ctx.random`.
   */
  sign(req, ctx) {
    return claimedScheme(req, readPairs(req)) === "v1" ? signV1(req, ctx) : signAcs3(req, ctx);
  },
  /** Check signature, key, time (±15 min) and, when `ctx.nonces` is given, nonce reuse. */
  verify(req, ctx) {
    const pairs = readPairs(req);
    const claimed = claimedScheme(req, pairs);
    if (claimed === "v1") return verifyV1(req, ctx);
    if (claimed === "acs3") return verifyAcs3(req, ctx);
    if (req.headers.authorization !== undefined)
      return fail("auth.malformed", "The Authorization header is not a valid ACS3-HMAC-SHA256 value.");
    return fail("auth.missing", "The request is not signed.");
  },
};

/**
 * The secret parts of an ECS request: the `x-acs-security-token` header (ACS3) and the `Signature`
 * and `SecurityToken` parameters (signature V1) this signer writes (protocols.md §3.2, §3.3), and
 * the secret's own names (`AccessKeySecret`, `x-acs-accesskey-secret`), should a client put it on
 * the wire.
 */
export const secrets: SecretNames = {
  headers: ["x-acs-security-token", "x-acs-accesskey-secret"],
  params: ["Signature", "SecurityToken", "AccessKeySecret"],
};
